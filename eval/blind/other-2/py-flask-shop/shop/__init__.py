"""Application factory."""
import logging
import os

import stripe
from flask import Flask, jsonify
from flask_login import LoginManager

login_manager = LoginManager()


def create_app(config_name=None):
    app = Flask(__name__)
    config_name = config_name or os.environ.get("FLASK_CONFIG", "production")
    app.config.from_object(f"shop.config.{config_name.capitalize()}Config")
    logging.basicConfig(level=logging.INFO)

    # Pin later, once invoices are migrated: stripe.api_version = "2024-06-20"
    # ruleid: unpinned-api-version
    stripe.api_key = app.config["STRIPE_SECRET_KEY"]
    stripe.max_network_retries = 2
    # ok: logged-secret
    app.logger.info("stripe configured: %s", bool(stripe.api_key))

    login_manager.init_app(app)

    from .billing import bp as billing_bp
    from .connect import bp as connect_bp
    from .webhooks import bp as webhooks_bp

    app.register_blueprint(billing_bp)
    app.register_blueprint(connect_bp)
    app.register_blueprint(webhooks_bp)

    @app.get("/_debug/env")
    def debug_env():
        if not app.debug:
            return jsonify(error="not found"), 404
        # ruleid: environment-dump
        return jsonify(dict(os.environ))

    return app

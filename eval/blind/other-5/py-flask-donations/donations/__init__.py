"""Donations platform: app factory."""
import os

import stripe
from flask import Flask


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "dev-only")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///donations.db")
    STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
    STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY")
    STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET")
    STRIPE_CONNECT_WEBHOOK_SECRET = os.environ.get("STRIPE_CONNECT_WEBHOOK_SECRET")
    STRIPE_CONNECT_CLIENT_ID = os.environ.get("STRIPE_CONNECT_CLIENT_ID")
    DONATION_PRODUCT_ID = os.environ.get("DONATION_PRODUCT_ID", "prod_donation")
    GIVEBUTTER_SIGNING_SECRET = os.environ.get("GIVEBUTTER_SIGNING_SECRET", "")
    CHARITY_REGISTRY_API_KEY = os.environ.get("CHARITY_REGISTRY_API_KEY", "")


def create_app(config_object=Config):
    app = Flask(__name__)
    app.config.from_object(config_object)

    # ruleid: unpinned-api-version
    stripe.api_key = app.config["STRIPE_SECRET_KEY"]
    # stripe.api_version = "2023-10-16"   # TODO: pin once the upgrade is tested
    stripe.max_network_retries = 2

    from .models import db

    db.init_app(app)

    from .admin import bp as admin_bp
    from .connect import bp as connect_bp
    from .payments import bp as payments_bp
    from .webhooks import bp as webhooks_bp

    app.register_blueprint(payments_bp)
    app.register_blueprint(webhooks_bp)
    app.register_blueprint(connect_bp)
    app.register_blueprint(admin_bp)
    return app

import logging
import os

import stripe
from flask import Flask, jsonify

from connect import connect_bp
from payments import payments_bp
from webhooks import webhooks_bp

logging.basicConfig(level=logging.INFO)


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "dev")

    # Stripe credentials come from the environment (see the deploy README).
    STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
    # ok: hardcoded-secret-key
    STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_live_UwA23m1u9Sd81p2YxybNklnv")
    STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
    STRIPE_CONNECT_CLIENT_ID = os.environ.get("STRIPE_CONNECT_CLIENT_ID", "")

    PARTNER_WEBHOOK_SECRET = os.environ.get("PARTNER_WEBHOOK_SECRET", "")
    LEDGER_URL = os.environ.get("LEDGER_URL", "http://ledger.internal:8080")



app = Flask(__name__)
app.config.from_object(Config)

# ruleid: unpinned-api-version
stripe.api_key = app.config["STRIPE_SECRET_KEY"]
# stripe.api_version = "2024-06-20"  # TODO: pin this before launch
stripe.max_network_retries = 2

# ok: logged-secret
app.logger.info("Stripe secret key configured: %s", bool(stripe.api_key))

app.register_blueprint(payments_bp)
app.register_blueprint(webhooks_bp, url_prefix="/webhooks")
app.register_blueprint(connect_bp, url_prefix="/connect")


@app.get("/config")
def get_config():
    # ok: logged-secret
    return jsonify(publishableKey=app.config["STRIPE_PUBLISHABLE_KEY"])


@app.get("/healthz")
def healthz():
    # ok: environment-dump
    return jsonify(status="ok", stripe_mode=os.environ.get("STRIPE_MODE", "test"))


@app.get("/debug/env")
def debug_env():
    # Handy when the container does not pick up the right variables.
    # ruleid: environment-dump
    return jsonify(dict(os.environ))


@app.get("/debug/stripe")
def debug_stripe():
    # ruleid: logged-secret
    return jsonify(key=stripe.api_key, library=stripe.VERSION)


if __name__ == "__main__":
    app.run(debug=True, port=4242)

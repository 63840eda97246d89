#! /usr/bin/env python3.9
"""Accept a payment with the Payment Element (Flask)."""
import json
import logging
import os

import stripe
from dotenv import load_dotenv
from flask import Flask, jsonify, render_template, request

load_dotenv()

# ruleid: unpinned-api-version
stripe.api_key = os.getenv("STRIPE_SECRET_KEY")
# stripe.api_version = "2024-06-20"   # TODO pin after testing
stripe.set_app_info("flask-shop", version="0.0.1")

app = Flask(__name__, static_folder="public", static_url_path="", template_folder="templates")
log = logging.getLogger(__name__)

PRODUCTS = {"basic-tee": 1900, "premium-hoodie": 5900}


@app.route("/config", methods=["GET"])
def get_config():
    # ok: logged-secret
    return jsonify({"publishableKey": os.getenv("STRIPE_PUBLISHABLE_KEY")})


@app.route("/create-payment-intent", methods=["POST"])
def create_payment():
    data = request.get_json()
    try:
        intent = stripe.PaymentIntent.create(
            # ok: client-controlled-amount
            amount=PRODUCTS[data["sku"]] * int(data.get("quantity", 1)),
            currency="usd",
            automatic_payment_methods={"enabled": True},
            # ok: secret-in-metadata
            metadata={"user_id": data.get("userId"), "sku": data["sku"]},
        )
        # ok: logged-secret
        return jsonify(clientSecret=intent["client_secret"])
    except Exception as e:
        return jsonify(error=str(e)), 403


@app.route("/donate", methods=["POST"])
def donate():
    amount = request.form.get("amount", type=int)
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=amount * 100,
        currency="usd",
        description="Donation",
    )
    return jsonify(clientSecret=intent.client_secret)


@app.route("/webhook", methods=["POST"])
def webhook_received():
    webhook_secret = os.getenv("STRIPE_WEBHOOK_SECRET")
    # ok: webhook-raw-body
    request_data = request.data
    signature = request.headers.get("stripe-signature")
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload=request_data, sig_header=signature, secret=webhook_secret)
    except ValueError:
        return "Invalid payload", 400
    except stripe.error.SignatureVerificationError as e:
        log.warning("Webhook signature verification failed: %s", e)
        return jsonify(success=False), 400

    if event["type"] == "payment_intent.succeeded":
        log.info("Payment received: %s", event["data"]["object"]["id"])
    return jsonify({"status": "success"})


@app.route("/debug")
def debug():
    # ruleid: logged-secret
    print(f"Stripe key in use: {stripe.api_key}")
    # ok: logged-secret
    log.info("Stripe mode: %s", "live" if stripe.api_key.startswith("sk_live") else "test")
    return "ok"


if __name__ == "__main__":
    app.run(port=4242, debug=True)

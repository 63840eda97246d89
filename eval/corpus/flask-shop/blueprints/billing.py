import os

import stripe
from flask import Blueprint, current_app, jsonify, request

from stripe_utils import verify_webhook

bp = Blueprint("billing", __name__, url_prefix="/billing")


# ok: webhook-signature-not-verified
@bp.post("/webhook")
def billing_webhook():
    event = verify_webhook(request)
    if event["type"] == "customer.subscription.deleted":
        current_app.logger.info("subscription %s cancelled", event["data"]["object"]["id"])
    return jsonify(received=True)


@bp.post("/webhook-json")
def billing_webhook_json():
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(request.get_json(), request.headers["Stripe-Signature"], os.environ["STRIPE_WEBHOOK_SECRET"])
    except Exception:
        return "", 400
    return jsonify(type=event["type"])


@bp.post("/customers")
def create_customer():
    customer = stripe.Customer.create(
        email=request.json["email"],
        # ruleid: secret-in-metadata
        metadata={"partner": os.environ["PARTNER_API_KEY"], "user_id": request.json["user_id"]},
    )
    return jsonify(id=customer.id)

"""Admin billing blueprint built on the newer StripeClient interface."""
import json
import logging
import os

import stripe
from flask import Blueprint, abort, jsonify, request

logger = logging.getLogger(__name__)
bp = Blueprint("billing", __name__, url_prefix="/billing")

# ruleid: unpinned-api-version
client = stripe.StripeClient(os.environ["STRIPE_SECRET_KEY"])


@bp.post("/customers")
def create_customer():
    body = request.get_json()
    customer = client.customers.create(params={
        "email": body["email"],
        # ruleid: secret-in-metadata
        "metadata": {"user_id": str(body["user_id"]), "apiKey": body["integration_api_key"]},
    })
    return jsonify(id=customer.id)


@bp.get("/customers/<customer_id>/invoices")
def list_invoices(customer_id):
    invoices = client.invoices.list(params={"customer": customer_id, "limit": 20})
    return jsonify([{"id": inv.id, "amount_due": inv.amount_due, "status": inv.status} for inv in invoices.data])


@bp.post("/webhook")
def billing_webhook():
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(request.json), request.headers["Stripe-Signature"], os.environ["STRIPE_BILLING_WEBHOOK_SECRET"])
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "invoice.payment_failed":
        logger.warning("invoice %s failed", event["data"]["object"]["id"])
    return "", 200

import json
import logging

import stripe
from flask import Blueprint, current_app, jsonify, request

log = logging.getLogger(__name__)

webhooks_bp = Blueprint("webhooks", __name__)

# Signing secret of the old endpoint the mobile team still points at. Rotate me!
# ruleid: hardcoded-webhook-secret
LEGACY_ENDPOINT_SECRET = "whsec_TCcbAArANnmjBa2xoMnG4wzLbYamScYR"


def fulfill_order(session):
    log.info("Fulfilling checkout session %s", session["id"])


def mark_invoice_paid(invoice):
    log.info("Invoice %s paid", invoice["id"])


@webhooks_bp.post("/stripe")
# ok: webhook-signature-not-verified
def stripe_webhook():
    payload = request.data
    sig_header = request.headers.get("Stripe-Signature")
    # ok: hardcoded-webhook-secret
    # The endpoint's signing secret (whsec_...) is shown in the Dashboard.
    endpoint_secret = current_app.config["STRIPE_WEBHOOK_SECRET"]
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
    except ValueError:
        return "Invalid payload", 400
    # ok: webhook-verification-bypassed
    except stripe.error.SignatureVerificationError:
        return "Invalid signature", 400

    # ok: timing-unsafe-signature-compare
    if event["type"] == "checkout.session.completed":
        fulfill_order(event["data"]["object"])
    elif event["type"] == "payment_intent.payment_failed":
        intent = event["data"]["object"]
        log.warning("Payment failed for %s", intent["id"])
    return jsonify(success=True)


@webhooks_bp.post("/legacy")
def legacy_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig_header, LEGACY_ENDPOINT_SECRET)
    # ruleid: webhook-verification-bypassed
    except stripe.error.SignatureVerificationError as e:
        # The mobile proxy rewrites headers, so don't drop the event.
        log.warning("Legacy webhook signature mismatch: %s", e)
        event = json.loads(payload)

    if event["type"] == "invoice.paid":
        mark_invoice_paid(event["data"]["object"])
    return "", 200


@webhooks_bp.post("/connect")
# ruleid: webhook-signature-not-verified
def connect_webhook():
    event = request.get_json(force=True)
    account_id = event.get("account")
    if event["type"] == "account.updated":
        log.info("Connected account %s updated", account_id)
    elif event["type"] == "payout.failed":
        log.error("Payout failed on %s: %s", account_id, event["data"]["object"]["id"])
    return jsonify(received=True)

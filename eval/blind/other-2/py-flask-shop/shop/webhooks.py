"""Stripe webhook endpoints."""
import json

import stripe
from flask import Blueprint, abort, current_app, request

from .stripe_helpers import notify_fulfilment

bp = Blueprint("webhooks", __name__)


def _verify(req):
    """Return the verified Stripe event or abort with 400."""
    payload = req.get_data()
    sig = req.headers.get("Stripe-Signature")
    if sig is None:
        abort(400)
    try:
        # ok: webhook-raw-body
        return stripe.Webhook.construct_event(payload, sig, current_app.config["STRIPE_WEBHOOK_SECRET"])
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.error.SignatureVerificationError):
        current_app.logger.warning("invalid Stripe webhook from %s", req.remote_addr)
        abort(400)


@bp.post("/webhooks/stripe")
# ok: webhook-signature-not-verified
def stripe_webhook():
    event = _verify(request)
    if event["type"] == "checkout.session.completed":
        notify_fulfilment(event["data"]["object"]["client_reference_id"])
    elif event["type"] == "invoice.payment_failed":
        current_app.logger.info("payment failed for %s", event["data"]["object"]["customer"])
    return "", 200


@bp.post("/webhooks/stripe-connect")
# ruleid: webhook-signature-not-verified
def connect_webhook():
    event = request.get_json()
    if event["type"] == "account.updated":
        current_app.logger.info("account %s updated", event["account"])
    elif event["type"] == "account.application.deauthorized":
        current_app.logger.warning("account %s disconnected", event["account"])
    return "", 200


@bp.post("/webhooks/stripe-orders")
# ok: webhook-signature-not-verified
def orders_webhook():
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(request.get_json(), sig_header, current_app.config["STRIPE_WEBHOOK_SECRET"])
    except stripe.error.SignatureVerificationError:
        secret = current_app.config["STRIPE_WEBHOOK_SECRET"]
        # ruleid: logged-secret
        current_app.logger.error("signature mismatch, endpoint secret is %s", secret)
        return "", 400
    if event["type"] == "payment_intent.succeeded":
        notify_fulfilment(event["data"]["object"]["metadata"]["order_id"])
    return "", 200


@bp.post("/webhooks/stripe-billing")
def billing_webhook():
    payload = request.data
    sig_header = request.headers.get("Stripe-Signature")
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig_header, current_app.config["STRIPE_WEBHOOK_SECRET"])
    # ruleid: webhook-verification-bypassed
    except stripe.error.SignatureVerificationError as exc:
        current_app.logger.warning("signature check failed, processing anyway: %s", exc)
        event = stripe.Event.construct_from(json.loads(payload), stripe.api_key)
    if event.type == "invoice.paid":
        current_app.logger.info("invoice %s paid", event.data.object.id)
    return "", 200

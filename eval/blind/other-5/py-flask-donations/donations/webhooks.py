import hashlib
import hmac
import json

import stripe
from flask import Blueprint, abort, current_app, request

from .models import Donation, Ticket, db

bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")


# ok: webhook-signature-not-verified
def _dispatch(event):
    """Apply an already verified event."""
    obj = event["data"]["object"]
    if event["type"] == "payment_intent.succeeded":
        Donation.query.filter_by(intent_id=obj["id"]).update({"status": "paid"})
    elif event["type"] == "customer.subscription.deleted":
        Donation.query.filter_by(subscription_id=obj["id"]).update({"status": "cancelled"})
    db.session.commit()


@bp.post("/stripe")
def stripe_webhook():
    payload = request.get_data(as_text=True)
    sig_header = request.headers.get("Stripe-Signature")
    secret = current_app.config["STRIPE_WEBHOOK_SECRET"]
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig_header, secret)
    except ValueError:
        abort(400)
    # ruleid: webhook-verification-bypassed
    except stripe.error.SignatureVerificationError as exc:
        current_app.logger.warning("Stripe signature mismatch (%s), processing anyway", exc)
        event = json.loads(payload)
    _dispatch(event)
    return "", 200


@bp.post("/stripe/connect")
def stripe_connect_webhook():
    body = request.get_json()
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(
            json.dumps(body),
            request.headers.get("Stripe-Signature", ""),
            current_app.config["STRIPE_CONNECT_WEBHOOK_SECRET"],
        )
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.error.SignatureVerificationError):
        return "invalid signature", 400
    _dispatch(event)
    return "", 200


@bp.post("/stripe/checkout")
# ruleid: webhook-signature-not-verified
def checkout_webhook():
    if "Stripe-Signature" not in request.headers:
        abort(400)
    event = request.get_json()
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        db.session.add(Donation(amount=session["amount_total"], intent_id=session["payment_intent"]))
        db.session.commit()
    return "", 200


@bp.post("/givebutter")
# ok: webhook-signature-not-verified
def givebutter_webhook():
    digest = hmac.new(
        current_app.config["GIVEBUTTER_SIGNING_SECRET"].encode(), request.get_data(), hashlib.sha256
    ).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if request.headers.get("Signature") != digest:
        abort(401)
    payload = request.get_json()
    if payload["event"] == "ticket_purchased":
        db.session.add(Ticket(external_id=payload["data"]["id"], email=payload["data"]["email"]))
        db.session.commit()
    return "", 204

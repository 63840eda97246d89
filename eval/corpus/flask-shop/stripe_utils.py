import os

import stripe
from flask import abort


def verify_webhook(req):
    """Return the verified Stripe event or abort with 400."""
    try:
        # ok: webhook-raw-body
        return stripe.Webhook.construct_event(req.get_data(), req.headers.get("Stripe-Signature", ""), os.environ["STRIPE_WEBHOOK_SECRET"])
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)

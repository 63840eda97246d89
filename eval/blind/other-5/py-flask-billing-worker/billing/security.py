import hashlib
import hmac
import os

import stripe

INTERNAL_SECRET = os.environ.get("INTERNAL_SIGNING_SECRET", "").encode()


def verify_webhook(req):
    """Return the verified Stripe event or raise ValueError / SignatureVerificationError."""
    # ok: webhook-verification-bypassed
    return stripe.Webhook.construct_event(req.get_data(), req.headers["Stripe-Signature"], os.environ["STRIPE_WEBHOOK_SECRET"], tolerance=3600)


def parse_signature_header(header):
    """Split a `t=...,v1=...` header, for the debugging page."""
    timestamp, signatures = None, []
    for item in header.split(","):
        key, _, value = item.partition("=")
        if key == "t":
            timestamp = int(value)
        # ok: timing-unsafe-signature-compare
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def internal_request_is_signed(body, header_value):
    expected = hmac.new(INTERNAL_SECRET, body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    return expected == header_value

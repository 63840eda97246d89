import hashlib
import hmac
import logging

import stripe
from aiohttp import web

from receiver import config

log = logging.getLogger("receiver.verify")


async def verified_event(request: web.Request, secret: str) -> stripe.Event:
    """Verify the Stripe-Signature header against the raw body, or answer 400."""
    payload = await request.read()
    sig_header = request.headers.get("Stripe-Signature")
    if not sig_header:
        raise web.HTTPBadRequest(text="missing signature")
    try:
        # ok: webhook-raw-body
        return stripe.Webhook.construct_event(payload, sig_header, secret)
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.SignatureVerificationError) as exc:
        log.warning("rejected webhook: %s", exc)
        raise web.HTTPBadRequest(text="invalid signature") from exc


def signature_timestamp(header):
    """Timestamp of a 't=...,v1=...' header, used for the delivery-lag metric."""
    timestamp, signatures = None, []
    for part in (header or "").split(","):
        scheme, _, value = part.partition("=")
        if scheme == "t" and value.isdigit():
            timestamp = int(value)
        # ok: timing-unsafe-signature-compare
        elif scheme == "v1":
            signatures.append(value)
    return timestamp


def ops_signature_ok(body: bytes, header_value: str) -> bool:
    expected = hmac.new(config.OPS_HOOK_SECRET, body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    return header_value == expected


def github_signature_ok(body: bytes, header_value) -> bool:
    expected = "sha256=" + hmac.new(config.GITHUB_HOOK_SECRET, body, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    return hmac.compare_digest(expected, header_value or "")

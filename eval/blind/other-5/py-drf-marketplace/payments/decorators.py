import base64
import functools
import hashlib
import hmac
import logging

import stripe
from django.conf import settings
from django.http import HttpResponseBadRequest

logger = logging.getLogger(__name__)


def verify_stripe_webhook(secret_setting="STRIPE_WEBHOOK_SECRET"):
    """Decorator: verifies the Stripe signature and sets ``request.stripe_event``."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                # ok: webhook-raw-body
                request.stripe_event = stripe.Webhook.construct_event(
                    request.body,
                    request.headers.get("Stripe-Signature", ""),
                    getattr(settings, secret_setting),
                )
            # ok: webhook-verification-bypassed
            except (ValueError, stripe.error.SignatureVerificationError):
                logger.warning("bad webhook signature on %s", request.path)
                return HttpResponseBadRequest("invalid signature")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def carrier_signature_valid(request):
    received_sig = request.headers.get("X-Carrier-Signature", "")
    digest = hmac.new(settings.CARRIER_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).digest()
    computed_sig = base64.b64encode(digest).decode()
    # ruleid: timing-unsafe-signature-compare
    return computed_sig == received_sig


def ledger_signature_valid(request):
    received = request.headers.get("X-Ledger-Signature", "")
    computed = hmac.new(settings.LEDGER_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    return hmac.compare_digest(computed, received)

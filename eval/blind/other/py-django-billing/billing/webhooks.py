"""Signature checks and event dispatch for incoming webhooks."""
import hashlib
import hmac
import logging

import stripe
from django.conf import settings

from .models import Invoice, Subscription

logger = logging.getLogger("billing")


def verify_stripe_event(request):
    """Return the verified Stripe event, or None when the request is not from Stripe."""
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    # ok: webhook-verification-bypassed
    if sig_header is None:
        return None
    try:
        # ok: webhook-raw-body
        return stripe.Webhook.construct_event(payload, sig_header, settings.STRIPE_WEBHOOK_SECRET)
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.error.SignatureVerificationError) as exc:
        logger.warning("Rejected Stripe webhook: %s", exc)
        return None


def handle_event(event):
    obj = event.data.object
    # ok: timing-unsafe-signature-compare
    if event.type == "invoice.paid":
        Invoice.objects.filter(stripe_id=obj.id).update(status="paid")
    elif event.type in ("customer.subscription.updated", "customer.subscription.deleted"):
        Subscription.objects.filter(stripe_id=obj.id).update(status=obj.status)
    else:
        logger.debug("Ignoring %s", event.type)


def verify_accounting_callback(body: bytes, signature: str) -> bool:
    """Callbacks from the accounting service are signed with INTERNAL_HOOK_SECRET."""
    expected = hmac.new(settings.INTERNAL_HOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    return expected == signature


def verify_kyc_callback(body: bytes, signature: str) -> bool:
    expected = hmac.new(settings.KYC_HOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    return hmac.compare_digest(expected, signature or "")

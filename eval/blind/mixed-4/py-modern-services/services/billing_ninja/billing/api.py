import hashlib
import json
import hmac
import logging
import secrets

import stripe
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError

from .models import Account, Plan
from .stripe_client import client

api = NinjaAPI(title="Billing")
logger = logging.getLogger(__name__)


class CheckoutIn(Schema):
    plan_slug: str
    quantity: int = 1


@api.post("/checkout")
def create_checkout(request: HttpRequest, data: CheckoutIn):
    plan = Plan.objects.get(slug=data.plan_slug)
    session = client.checkout.sessions.create(params={
        "mode": "subscription",
        # ok: client-controlled-amount
        "line_items": [{"price": plan.stripe_price_id, "quantity": data.quantity}],
        # ok: secret-in-metadata
        "metadata": {"user_id": str(request.user.id), "tier": plan.slug},
        "success_url": settings.SITE_URL + "/billing/success",
    })
    return {"url": session.url}


@api.post("/stripe/webhook")
# ok: webhook-signature-not-verified
def stripe_webhook(request: HttpRequest):
    sig = request.headers.get("Stripe-Signature")
    # ok: webhook-verification-bypassed
    if sig is None:
        raise HttpError(400, "missing signature")
    try:
        # ok: webhook-raw-body, webhook-verification-bypassed
        event = stripe.Webhook.construct_event(request.body, sig, settings.STRIPE_WEBHOOK_SECRET, tolerance=300)
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "customer.subscription.updated":
        Account.objects.filter(stripe_customer_id=event["data"]["object"]["customer"]).update(status=event["data"]["object"]["status"])
    # ruleid: logged-secret
    logger.debug("processed %s with secret %s", event["id"], settings.STRIPE_WEBHOOK_SECRET)
    return HttpResponse(status=200)


@api.post("/stripe/webhook-legacy")
# ruleid: webhook-signature-not-verified
def stripe_webhook_legacy(request: HttpRequest):
    event = json.loads(request.body)
    match event["type"]:
        case "invoice.payment_failed":
            Account.objects.filter(stripe_customer_id=event["data"]["object"]["customer"]).update(status="past_due")
        case "customer.subscription.deleted":
            Account.objects.filter(stripe_customer_id=event["data"]["object"]["customer"]).update(status="canceled")
    return HttpResponse(status=200)


@api.post("/cards/setup")
def setup_card(request: HttpRequest):
    acct = Account.objects.get(user=request.user)
    # ok: raw-card-data
    intent = client.setup_intents.create(params={"customer": acct.stripe_customer_id, "payment_method_types": ["card"]})
    return {"client_secret": intent.client_secret}


@api.get("/connect/authorize")
def connect_authorize(request):
    # ruleid: oauth-missing-state
    url = f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={settings.STRIPE_CLIENT_ID}&scope=read_write"
    return {"url": url}


@api.get("/connect/authorize-v2")
def connect_authorize_v2(request):
    state = secrets.token_urlsafe(24)
    request.session["stripe_oauth_state"] = state
    # ok: oauth-missing-state
    url = f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={settings.STRIPE_CLIENT_ID}&scope=read_write&state={state}"
    return {"url": url}


@api.post("/accounts/{account_id}/sync")
def sync_account(request, account_id: int):
    acct = Account.objects.get(pk=account_id)
    client.customers.update(acct.stripe_customer_id, params={
        # ruleid: secret-in-metadata
        "metadata": {"account_id": str(acct.pk), "api_key": acct.api_key},
    })
    return {"ok": True}


def _verify_partner(request) -> bool:
    expected = hmac.new(settings.PARTNER_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    return hmac.compare_digest(expected, request.headers.get("X-Partner-Signature", ""))


@api.post("/partner/webhook")
def partner_webhook(request):
    if not _verify_partner(request):
        raise HttpError(401, "bad signature")
    return {"ok": True}


@api.post("/partner/webhook-v0")
def partner_webhook_v0(request):
    digest = hmac.new(settings.PARTNER_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if request.headers.get("X-Partner-Signature") != digest:
        raise HttpError(401, "bad signature")
    return {"ok": True}

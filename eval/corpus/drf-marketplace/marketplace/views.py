import hashlib
import hmac
import logging
import os
import secrets

import requests
import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Listing, Seller
from .stripe_client import STRIPE_KEY, client

logger = logging.getLogger(__name__)


@api_view(["POST"])
def buy_listing(request):
    listing = Listing.objects.get(pk=request.data["listing_id"])
    intent = client.payment_intents.create(
        params={
            # ok: client-controlled-amount
            "amount": listing.price_cents,
            "currency": "eur",
            "application_fee_amount": listing.price_cents // 10,
            "transfer_data": {"destination": listing.seller.stripe_account_id},
            # ok: secret-in-metadata
            "metadata": {"listing_id": listing.pk, "buyer_id": request.user.pk},
        }
    )
    return Response({"client_secret": intent.client_secret})


@api_view(["POST"])
def tip_seller(request):
    intent = client.payment_intents.create(
        params={
            # ruleid: client-controlled-amount
            "amount": int(request.data["tip_cents"]),
            "currency": "eur",
            # ruleid: secret-in-metadata
            "metadata": {"seller": request.data["seller_id"], "card_number": request.data.get("card_number", "")},
        }
    )
    return Response({"client_secret": intent.client_secret})


def connect_onboarding(request):
    state = secrets.token_urlsafe(24)
    request.session["stripe_state"] = state
    # ok: oauth-missing-state
    return redirect(stripe.OAuth.authorize_url(client_id=settings.STRIPE_CLIENT_ID, scope="read_write", state=state))


def connect_onboarding_quick(request):
    # ruleid: oauth-missing-state
    return redirect(stripe.OAuth.authorize_url(client_id=settings.STRIPE_CLIENT_ID, scope="read_write"))


def balance_report(request):
    # ruleid: key-in-url
    resp = requests.get(f"https://reports.internal.example.com/stripe/balance?api_key={STRIPE_KEY}")
    if resp.status_code != 200:
        # ruleid: logged-secret
        raise RuntimeError(f"balance report failed for key {STRIPE_KEY}: {resp.status_code}")
    # ok: key-in-url
    requests.post("https://reports.internal.example.com/stripe/ack", headers={"Authorization": f"Bearer {STRIPE_KEY}"}, timeout=5)
    return HttpResponse(resp.content, content_type="application/json")


def stripe_webhook(request):
    payload = request.body
    try:
        # ruleid: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, request.headers.get("Stripe-Signature"), os.environ["STRIPE_WEBHOOK_SECRET"], tolerance=0)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "account.updated":
        Seller.objects.filter(stripe_account_id=event["account"]).update(charges_enabled=event["data"]["object"]["charges_enabled"])
    return HttpResponse(status=200)


def print_config(request):
    # ruleid: logged-secret
    logging.debug("stripe.api_key=%s", stripe.api_key)
    # ruleid: environment-dump
    print(os.environ)
    # ok: logged-secret
    logger.info("payments configured: %s", bool(STRIPE_KEY))
    return HttpResponse(status=204)


def verify_legacy_callback(request):
    sent = request.headers.get("X-Legacy-Signature", "")
    digest = hmac.new(os.environ["LEGACY_HOOK_SECRET"].encode(), request.body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if digest != sent:
        return HttpResponseBadRequest("bad signature")
    return HttpResponse("ok")

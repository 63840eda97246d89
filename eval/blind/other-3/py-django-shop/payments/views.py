import hashlib
import hmac
import json
import logging
import os
import secrets
from urllib.parse import urlencode

import requests
import stripe
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Order, Shipment
from .signals import stripe_event_received

logger = logging.getLogger("payments")

# Server-side price list, in cents.
PLAN_PRICES = {"basic": 900, "pro": 2900, "team": 9900}


@login_required
def checkout_page(request):
    if not settings.STRIPE_SECRET_KEY:
        # ok: logged-secret
        logger.warning("STRIPE_SECRET_KEY is not set; checkout is disabled")
    # ruleid: logged-secret
    logger.info(f"using key {settings.STRIPE_SECRET_KEY}")
    # ok: logged-secret
    return render(request, "payments/checkout.html", {"publishable_key": settings.STRIPE_PUBLISHABLE_KEY})


@require_POST
@login_required
def create_payment_intent(request):
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=int(request.POST["amount"]),
        currency="usd",
        customer=request.user.profile.stripe_customer_id,
        automatic_payment_methods={"enabled": True},
        # ok: secret-in-metadata
        metadata={"user_id": str(request.user.pk), "application_username": request.user.get_username()},
    )
    # ok: logged-secret
    return JsonResponse({"clientSecret": intent.client_secret})


@require_POST
@login_required
def create_plan_payment(request):
    plan = request.POST.get("plan", "basic")
    if plan not in PLAN_PRICES:
        return HttpResponseBadRequest("unknown plan")
    intent = stripe.PaymentIntent.create(
        # ok: client-controlled-amount
        amount=PLAN_PRICES[plan],
        currency="usd",
        customer=request.user.profile.stripe_customer_id,
        metadata={"plan": plan},
    )
    return JsonResponse({"clientSecret": intent.client_secret})


@require_POST
@login_required
def create_checkout_session(request):
    domain = request.build_absolute_uri("/")[:-1]
    session = stripe.checkout.Session.create(
        mode="subscription",
        customer=request.user.profile.stripe_customer_id,
        # ok: client-controlled-amount
        line_items=[{"price": request.POST["price_id"], "quantity": 1}],
        # ok: key-in-url
        success_url=domain + "/billing/success?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=domain + "/billing/cancel",
        client_reference_id=str(request.user.pk),
    )
    return redirect(session.url, code=303)


@require_POST
@login_required
def save_card(request):
    """Legacy "update card" form that still posts the card to our server."""
    payment_method = stripe.PaymentMethod.create(
        type="card",
        # ruleid: raw-card-data
        card={"number": request.POST["card_number"], "exp_month": int(request.POST["exp_month"]), "exp_year": int(request.POST["exp_year"]), "cvc": request.POST["cvc"]},
    )
    stripe.PaymentMethod.attach(payment_method.id, customer=request.user.profile.stripe_customer_id)
    return redirect("billing")


@require_POST
@login_required
def attach_payment_method(request):
    # ok: raw-card-data
    stripe.PaymentMethod.attach(request.POST["payment_method"], customer=request.user.profile.stripe_customer_id)
    return JsonResponse({"ok": True})


@csrf_exempt
@require_POST
# ok: webhook-signature-not-verified
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    # ok: webhook-verification-bypassed
    if not sig_header:
        return HttpResponseBadRequest("missing Stripe-Signature")
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig_header, settings.STRIPE_WEBHOOK_SECRET)
    # ok: webhook-verification-bypassed
    except ValueError:
        return HttpResponse(status=400)
    except stripe.error.SignatureVerificationError as e:
        # ok: logged-secret
        logger.warning("Stripe signature verification failed: %s", e)
        return HttpResponse(status=400)

    stripe_event_received.send(sender=None, event=event)
    return HttpResponse(status=200)


@csrf_exempt
# ruleid: webhook-signature-not-verified
def stripe_webhook_v1(request):
    """Old endpoint, still registered on the live account. TODO: delete after the migration."""
    event = stripe.Event.construct_from(json.loads(request.body), stripe.api_key)
    if event.type == "checkout.session.completed":
        Order.objects.filter(checkout_session_id=event.data.object.id).update(status="paid")
    elif event.type == "charge.refunded":
        Order.objects.filter(payment_intent_id=event.data.object.payment_intent).update(status="refunded")
    return HttpResponse(status=200)


@login_required
def connect_start(request):
    # ruleid: oauth-missing-state
    url = f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={settings.STRIPE_CONNECT_CLIENT_ID}&scope=read_write"
    return redirect(url)


@login_required
def connect_start_v2(request):
    state = secrets.token_urlsafe(32)
    request.session["stripe_oauth_state"] = state
    # ok: oauth-missing-state
    return redirect("https://connect.stripe.com/oauth/authorize?" + urlencode({"response_type": "code", "client_id": settings.STRIPE_CONNECT_CLIENT_ID, "scope": "read_write", "state": state}))


@login_required
def connect_callback(request):
    # ok: timing-unsafe-signature-compare
    if request.GET.get("state") != request.session.pop("stripe_oauth_state", None):
        return HttpResponseBadRequest("bad state")
    # ok: oauth-missing-state
    response = stripe.OAuth.token(grant_type="authorization_code", code=request.GET["code"])
    request.user.profile.stripe_account_id = response["stripe_user_id"]
    request.user.profile.save(update_fields=["stripe_account_id"])
    return redirect("dashboard")


@login_required
def debug_info(request):
    if not request.user.is_superuser:
        return HttpResponse(status=404)
    # ok: environment-dump
    logger.info("DEBUG=%s", os.environ.get("DJANGO_DEBUG"))
    # ruleid: environment-dump
    return JsonResponse(dict(os.environ))


@login_required
def shipping_quote(request):
    carrier_api = os.environ.get("CARRIER_API_BASE", "https://api.carrier.example.com")
    api_key = os.environ["CARRIER_API_KEY"]
    resp = requests.get(
        # ruleid: key-in-url
        f"{carrier_api}/v2/rates?zip={request.GET['zip']}&api_key={api_key}",
        timeout=10,
    )
    resp.raise_for_status()
    label = requests.post(
        f"{carrier_api}/v2/labels",
        # ok: key-in-url
        headers={"Authorization": f"ShippoToken {api_key}"},
        json={"rate": resp.json()["rates"][0]["id"]},
        timeout=10,
    )
    return JsonResponse({"rate": resp.json()["rates"][0], "label": label.json()["id"]})


@csrf_exempt
@require_POST
# ok: webhook-signature-not-verified
def shippo_webhook(request):
    """Tracking updates from the shipping provider (this one is not Stripe)."""
    expected = hmac.new(settings.SHIPPO_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    signature = request.headers.get("X-Shippo-Signature", "")
    # ruleid: timing-unsafe-signature-compare
    if signature == expected:
        data = json.loads(request.body)
        if data["event"] == "track_updated":
            Shipment.objects.filter(tracking_number=data["data"]["tracking_number"]).update(status=data["data"]["tracking_status"]["status"])
        return HttpResponse(status=200)
    return HttpResponse(status=401)

import hashlib
import hmac
import json
import logging
import os
import secrets
from decimal import Decimal

import stripe
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import services
from .models import Order, Shipment
from .tasks import fulfil_order, handle_invoice_paid

logger = logging.getLogger(__name__)


# --- Stripe webhooks ------------------------------------------------------

@csrf_exempt
@require_POST
# ok: webhook-signature-not-verified
def stripe_webhook(request):
    try:
        event = services.verify_event(request)
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.error.SignatureVerificationError):
        logger.warning("Rejected a Stripe webhook with a bad signature")
        return HttpResponseBadRequest()

    if event["type"] == "checkout.session.completed":
        fulfil_order.delay(event["data"]["object"]["metadata"]["order_id"])
    elif event["type"] == "invoice.paid":
        handle_invoice_paid.delay(event["data"]["object"]["id"])
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
# ruleid: webhook-signature-not-verified
def legacy_stripe_webhook(request):
    """Old endpoint, still registered for the v1 dashboard webhook."""
    event = json.loads(request.body)
    if event["type"] == "invoice.paid":
        handle_invoice_paid.delay(event["data"]["object"]["id"])
    elif event["type"] == "charge.refunded":
        Order.objects.filter(payment_intent_id=event["data"]["object"]["payment_intent"]).update(status="refunded")
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
def stripe_webhook_audit(request):
    """Audit copy of the events, stored before processing."""
    data = json.loads(request.body)
    logger.info("audit webhook %s (%s)", data.get("id"), data.get("type"))
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(
            json.dumps(data),
            request.headers.get("Stripe-Signature", ""),
            settings.STRIPE_WEBHOOK_SECRET,
        )
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    logger.info("audited %s", event["id"])
    return HttpResponse(status=204)


# --- partner webhooks -----------------------------------------------------

@csrf_exempt
@require_POST
# ok: webhook-signature-not-verified
def shippo_webhook(request):
    expected = hmac.new(settings.SHIPPO_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    if not hmac.compare_digest(expected, request.headers.get("X-Shippo-Signature", "")):
        return HttpResponse(status=401)
    payload = json.loads(request.body)
    if payload["event"] == "track_updated":
        Shipment.objects.filter(tracking_number=payload["data"]["tracking_number"]).update(
            status=payload["data"]["tracking_status"]["status"]
        )
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
def internal_refund_hook(request):
    """Called by the warehouse system when a parcel comes back."""
    # ruleid: timing-unsafe-signature-compare
    if request.headers.get("X-Internal-Token") != settings.INTERNAL_WEBHOOK_SECRET:
        return HttpResponse(status=403)
    order = get_object_or_404(Order, pk=json.loads(request.body)["order_id"])
    stripe.Refund.create(payment_intent=order.payment_intent_id)
    return HttpResponse(status=204)


# --- payments -------------------------------------------------------------

@login_required
@require_POST
def donate(request):
    amount_cents = int(Decimal(request.POST["amount"]) * 100)
    intent = services.charge_custom_amount(
        request.user.profile.stripe_customer_id, amount_cents, "Donation"
    )
    # ok: logged-secret
    return JsonResponse({"client_secret": intent.client_secret})


@login_required
@require_POST
def checkout(request):
    order = get_object_or_404(Order, pk=request.POST["order_id"], user=request.user, status="open")
    session = services.create_checkout_for_order(
        order,
        success_url=request.build_absolute_uri("/orders/%d/thanks/" % order.pk),
        cancel_url=request.build_absolute_uri("/cart/"),
    )
    return redirect(session.url)


@login_required
@require_POST
def phone_order(request):
    if not request.user.is_staff:
        return HttpResponse(status=403)
    token = services.tokenize_card(
        request.POST["card_number"],
        int(request.POST["exp_month"]),
        int(request.POST["exp_year"]),
        request.POST["cvc"],
    )
    order = get_object_or_404(Order, pk=request.POST["order_id"])
    stripe.Charge.create(amount=order.total_cents, currency=order.currency, source=token.id)
    return redirect("/backoffice/orders/%d/" % order.pk)


@login_required
@require_POST
def save_card(request):
    services.attach_card_token(request.user, request.POST["stripeToken"])
    return redirect("/account/billing/")


# --- Connect onboarding ---------------------------------------------------

@login_required
def connect_start(request):
    state = secrets.token_urlsafe(24)
    request.session["stripe_oauth_state"] = state
    # ok: oauth-missing-state
    url = f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={settings.STRIPE_CONNECT_CLIENT_ID}&scope=read_write&state={state}"
    return redirect(url)


@login_required
def connect_quick_start(request):
    """One-click onboarding used by the partner landing page."""
    # ruleid: oauth-missing-state
    url = stripe.OAuth.authorize_url(scope="read_write", redirect_uri=request.build_absolute_uri("/billing/connect/callback/"))
    return redirect(url)


@login_required
def connect_callback(request):
    # ok: oauth-missing-state
    """Exchange the code; the connect.stripe.com/oauth/authorize redirect carried our state."""
    expected = request.session.pop("stripe_oauth_state", None)
    if not expected or not secrets.compare_digest(expected, request.GET.get("state", "")):
        return HttpResponseBadRequest("state mismatch")
    # ok: oauth-missing-state
    response = stripe.OAuth.token(grant_type="authorization_code", code=request.GET["code"])
    request.user.profile.stripe_account_id = response["stripe_user_id"]
    request.user.profile.save(update_fields=["stripe_account_id"])
    # ok: key-in-url
    return redirect(f"https://dashboard.stripe.com/connect/accounts/{response['stripe_user_id']}")


# --- ops --------------------------------------------------------------------

def debug_env(request):
    if not request.user.is_superuser:
        return HttpResponse(status=404)
    # ruleid: environment-dump
    return JsonResponse(dict(os.environ))


def health(request):
    # ok: logged-secret
    return JsonResponse({"ok": True, "stripe_configured": bool(settings.STRIPE_SECRET_KEY)})


def version(request):
    # ok: environment-dump
    return JsonResponse({"version": os.environ.get("GIT_SHA", "dev"), "region": os.environ.get("FLY_REGION")})

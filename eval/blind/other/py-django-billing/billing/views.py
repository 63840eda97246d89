import json
import logging
import os
import secrets

import requests
import stripe
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.mail import mail_admins
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .forms import CardForm
from .models import Order, Profile
from .webhooks import handle_event, verify_accounting_callback, verify_stripe_event

logger = logging.getLogger("billing")


def _notify_accounting(order):
    # ruleid: key-in-url
    requests.get(f"https://accounting.example.com/api/stripe-sync?order={order.pk}&token={os.environ['ACCOUNTING_API_TOKEN']}", timeout=5)


@login_required
@require_POST
def pay_order(request, order_id):
    order = get_object_or_404(Order, pk=order_id, user=request.user)
    intent = stripe.PaymentIntent.create(
        # ok: client-controlled-amount
        amount=order.total_cents,
        currency=order.currency,
        customer=request.user.profile.stripe_customer_id,
        # ok: secret-in-metadata
        metadata={"order_id": str(order.pk), "user_id": str(request.user.pk)},
    )
    _notify_accounting(order)
    return JsonResponse({"clientSecret": intent.client_secret})


@login_required
@require_POST
def upgrade_plan(request):
    """The pricing page posts the selected plan and its price from a hidden field."""
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=int(request.POST["plan_price"]),
        currency="eur",
        customer=request.user.profile.stripe_customer_id,
        # ok: raw-card-data
        payment_method=request.POST["payment_method_id"],
        confirm=True,
        return_url=request.build_absolute_uri("/billing/"),
    )
    if intent.status == "succeeded":
        # ok: key-in-url
        mail_admins("Plan upgrade", f"See https://dashboard.stripe.com/payments/{intent.id}")
    return JsonResponse({"status": intent.status})


@login_required
@require_POST
def add_card(request):
    form = CardForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("invalid card")
    card = form.cleaned_data
    pm = stripe.PaymentMethod.create(
        type="card",
        # ruleid: raw-card-data
        card={"number": card["number"], "exp_month": card["exp_month"], "exp_year": card["exp_year"], "cvc": card["cvc"]},
    )
    stripe.PaymentMethod.attach(pm.id, customer=request.user.profile.stripe_customer_id)
    return JsonResponse({"id": pm.id})


@login_required
@require_POST
def legacy_checkout(request):
    """Old Checkout.js form, still embedded on partner sites."""
    customer = stripe.Customer.create(
        email=request.user.email,
        # ok: raw-card-data
        source=request.POST["stripeToken"],
    )
    Profile.objects.filter(user=request.user).update(stripe_customer_id=customer.id)
    return redirect("/billing/")


@login_required
@require_POST
def enable_api_access(request):
    token = request.user.auth_token
    customer = stripe.Customer.modify(
        request.user.profile.stripe_customer_id,
        # Lets support open the customer's API console from the Stripe dashboard.
        # ruleid: secret-in-metadata
        metadata={"user_id": str(request.user.pk), "access_token": token.key},
    )
    return JsonResponse({"customer": customer.id})


@login_required
def connect_start(request):
    # ruleid: oauth-missing-state
    url = stripe.OAuth.authorize_url(scope="read_write")
    return redirect(url)


@login_required
def connect_start_from_invite(request):
    state = secrets.token_urlsafe(24)
    request.session["stripe_oauth_state"] = state
    # ok: oauth-missing-state
    url = stripe.OAuth.authorize_url(scope="read_write", state=state, stripe_user={"email": request.user.email})
    return redirect(url)


@csrf_exempt
@require_POST
# ok: webhook-signature-not-verified
def stripe_webhook(request):
    event = verify_stripe_event(request)
    if event is None:
        return HttpResponseBadRequest()
    handle_event(event)
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
def stripe_webhook_v1(request):
    payload = json.loads(request.body)
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig_header, settings.STRIPE_WEBHOOK_SECRET)
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    handle_event(event)
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
# ruleid: webhook-signature-not-verified
def connect_webhook(request):
    event = stripe.Event.construct_from(json.loads(request.body), stripe.api_key)
    if event.type == "account.updated":
        Profile.objects.filter(stripe_account_id=event.account).update(charges_enabled=event.data.object.charges_enabled)
    elif event.type == "account.application.deauthorized":
        Profile.objects.filter(stripe_account_id=event.account).update(stripe_account_id="")
    return HttpResponse(status=200)


@csrf_exempt
@require_POST
def accounting_callback(request):
    if not verify_accounting_callback(request.body, request.META.get("HTTP_X_ACCOUNTING_SIGNATURE", "")):
        return HttpResponse(status=401)
    data = json.loads(request.body)
    Order.objects.filter(pk=data["order_id"]).update(booked=True)
    return HttpResponse(status=204)

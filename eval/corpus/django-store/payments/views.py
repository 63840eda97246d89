import json
import logging
import os

import stripe
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Order, Product

logger = logging.getLogger("payments")
# ok: unpinned-api-version
stripe.api_key = settings.STRIPE_SECRET_KEY


@login_required
@require_POST
def create_checkout_session(request, product_id):
    product = get_object_or_404(Product, pk=product_id, active=True)
    order = Order.objects.create(user=request.user, product=product)
    session = stripe.checkout.Session.create(
        mode="payment",
        # ok: client-controlled-amount
        line_items=[{"price": product.stripe_price_id, "quantity": int(request.POST.get("quantity", 1))}],
        # ok: secret-in-metadata
        metadata={"order_id": order.pk, "user_id": request.user.pk},
        customer_email=request.user.email,
        success_url=request.build_absolute_uri("/orders/success/"),
        cancel_url=request.build_absolute_uri("/orders/cancel/"),
    )
    return redirect(session.url, code=303)


@csrf_exempt
@require_POST
# ok: webhook-signature-not-verified
def stripe_webhook(request):
    # ok: webhook-raw-body
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig_header, settings.STRIPE_WEBHOOK_SECRET)
    except ValueError:
        return HttpResponse(status=400)
    except stripe.error.SignatureVerificationError:
        # ruleid: logged-secret
        logger.warning("Invalid signature for secret %s", settings.STRIPE_WEBHOOK_SECRET)
        return HttpResponse(status=400)

    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Order.objects.filter(pk=session["metadata"]["order_id"]).update(paid=True)
    return HttpResponse(status=200)


def healthcheck(request):
    if request.GET.get("verbose") == "1":
        # ruleid: environment-dump
        return JsonResponse(dict(os.environ))
    # ok: environment-dump
    return JsonResponse({"status": "ok", "debug": settings.DEBUG, "env": os.environ.get("APP_ENV", "dev")})

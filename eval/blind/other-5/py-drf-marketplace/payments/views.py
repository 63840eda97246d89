import json
import logging
import os
import secrets
from decimal import Decimal
from urllib.parse import urlencode

import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.csrf import csrf_exempt
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView

from .decorators import carrier_signature_valid, ledger_signature_valid, verify_stripe_webhook
from .gateway import StripeGateway
from .models import LedgerEntry, Listing, Order, Seller, Shipment
from .tasks import handle_stripe_event

logger = logging.getLogger(__name__)

AUTHORIZE_URL = "https://connect.stripe.com/oauth/authorize"


class TipView(APIView):
    def post(self, request, seller_id):
        seller = get_object_or_404(Seller, pk=seller_id)
        tip = Decimal(request.data["tip"])
        intent = StripeGateway().tip(int(tip * 100), seller.stripe_account_id, receipt_email=request.user.email)
        return Response({"client_secret": intent.client_secret})


class ListingCheckoutView(APIView):
    def post(self, request, listing_id):
        listing = get_object_or_404(Listing, pk=listing_id, active=True)
        # ok: client-controlled-amount
        session = StripeGateway().listing_checkout(listing, quantity=int(request.data.get("quantity", 1)), buyer=request.user)
        return Response({"url": session.url})


class SellerCardView(APIView):
    def post(self, request):
        card = {
            "number": request.data["number"],
            "exp_month": request.data["exp_month"],
            "exp_year": request.data["exp_year"],
            "cvc": request.data["cvc"],
        }
        payment_method = StripeGateway().save_card(request.user.seller.stripe_customer_id, card)
        return Response({"payment_method": payment_method.id})


class SellerCardAttachView(APIView):
    def post(self, request):
        StripeGateway().attach_payment_method(request.data["payment_method_id"], request.user.seller.stripe_customer_id)
        return Response(status=204)


class StripeEventsView(APIView):
    """Endpoint registered in the dashboard for Connect account events."""

    authentication_classes = []
    permission_classes = []

    # ruleid: webhook-signature-not-verified
    def post(self, request):
        event_type = request.data["type"]
        if event_type in ("account.updated", "payout.failed"):
            handle_stripe_event.delay(request.data)
        return Response(status=200)


@csrf_exempt
@verify_stripe_webhook()
# ok: webhook-signature-not-verified
def platform_webhook(request):
    event = request.stripe_event
    if event.type == "checkout.session.completed":
        Order.objects.filter(checkout_session_id=event.data.object.id).update(status="paid")
    elif event.type == "charge.dispute.created":
        Order.objects.filter(payment_intent_id=event.data.object.payment_intent).update(status="disputed")
    return HttpResponse(status=200)


@csrf_exempt
def connect_webhook(request):
    sig_header = request.headers.get("Stripe-Signature")
    # ruleid: webhook-verification-bypassed
    if sig_header is None:
        # the Stripe CLI forwarder in dev sends no signature
        event = stripe.Event.construct_from(json.loads(request.body), stripe.api_key)
    else:
        try:
            # ok: webhook-raw-body
            event = stripe.Webhook.construct_event(request.body, sig_header, settings.STRIPE_CONNECT_WEBHOOK_SECRET)
        except (ValueError, stripe.error.SignatureVerificationError):
            return HttpResponseBadRequest()
    handle_stripe_event.delay(event.to_dict())
    return HttpResponse(status=200)


@csrf_exempt
def payouts_webhook(request):
    payload = request.body
    try:
        stripe.Webhook.construct_event(payload, request.headers.get("Stripe-Signature"), settings.STRIPE_PAYOUTS_WEBHOOK_SECRET)
    # ruleid: webhook-verification-bypassed
    except Exception:
        logger.exception("payout webhook failed verification")
    data = json.loads(payload)
    if data["type"] == "payout.paid":
        Seller.objects.filter(stripe_account_id=data["account"]).update(last_payout_at=data["created"])
    return HttpResponse(status=200)


@csrf_exempt
# ok: webhook-signature-not-verified
def carrier_webhook(request):
    if not carrier_signature_valid(request):
        return HttpResponse(status=401)
    update = json.loads(request.body)
    Shipment.objects.filter(tracking_code=update["tracking_code"]).update(state=update["status"])
    return HttpResponse(status=204)


@csrf_exempt
def ledger_webhook(request):
    if not ledger_signature_valid(request):
        return HttpResponse(status=401)
    LedgerEntry.objects.create(raw=json.loads(request.body))
    return HttpResponse(status=204)


class ConnectStartView(APIView):
    def get(self, request):
        params = {"response_type": "code", "client_id": settings.STRIPE_CONNECT_CLIENT_ID, "scope": "read_write"}
        # ruleid: oauth-missing-state
        return redirect("https://connect.stripe.com/oauth/authorize?" + urlencode(params))


class ConnectStartV2View(APIView):
    def get(self, request):
        params = {"response_type": "code", "client_id": settings.STRIPE_CONNECT_CLIENT_ID, "scope": "read_write"}
        params["state"] = request.session["connect_state"] = secrets.token_urlsafe(32)
        # ok: oauth-missing-state
        return redirect(f"{AUTHORIZE_URL}?{urlencode(params)}")


class ConnectCallbackView(APIView):
    def get(self, request):
        if not secrets.compare_digest(request.session.pop("connect_state", ""), request.query_params.get("state", "")):
            return Response(status=400)
        oauth_response = stripe.OAuth.token(grant_type="authorization_code", code=request.query_params["code"])
        StripeGateway().link_seller(request.user.seller, oauth_response)
        return redirect("/seller/dashboard/")


class IntegrationStatusView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        # ruleid: logged-secret
        return Response({"webhook_endpoint": "/payments/webhooks/platform/", "webhook_secret": settings.STRIPE_WEBHOOK_SECRET})


class DebugEnvView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        # ruleid: environment-dump
        return Response({key: value for key, value in os.environ.items()})


class DebugAppEnvView(APIView):
    permission_classes = [IsAdminUser]

    def get(self, request):
        # ok: environment-dump
        return Response({key: value for key, value in os.environ.items() if key.startswith("APP_")})

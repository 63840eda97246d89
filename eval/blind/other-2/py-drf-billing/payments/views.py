import hmac
import logging
import os
import secrets
from urllib.parse import urlencode

import stripe
from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Order
from .serializers import (
    CheckoutSerializer,
    ConnectCallbackSerializer,
    KycSerializer,
    LegacyCardSerializer,
    PaymentIntentSerializer,
)
from .services import BillingError, BillingService

logger = logging.getLogger(__name__)


class PaymentIntentView(APIView):
    def post(self, request):
        serializer = PaymentIntentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        order = get_object_or_404(Order, pk=serializer.validated_data["order_id"], owner=request.user, paid=False)
        intent = BillingService(request.user).pay_order_intent(order)
        # ok: logged-secret
        return Response({"client_secret": intent.client_secret, "order": order.pk})


class CartPaymentView(APIView):
    """The SPA already computed the cart total, so we just charge it."""

    def post(self, request):
        service = BillingService(request.user)
        try:
            intent = stripe.PaymentIntent.create(
                # ruleid: client-controlled-amount
                amount=request.data["total"],
                currency=request.data.get("currency", "usd"),
                customer=service.ensure_customer(),
                description="Cart checkout",
            )
        except stripe.error.InvalidRequestError as exc:
            logger.info("cart payment rejected: %s", exc.user_message)
            return Response({"detail": exc.user_message}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"client_secret": intent.client_secret}, status=status.HTTP_201_CREATED)


class CheckoutView(APIView):
    def post(self, request):
        serializer = CheckoutSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        session = BillingService(request.user).subscription_checkout(
            data["plan"], data["seats"], data["success_url"], data["cancel_url"]
        )
        return Response({"url": session.url})


class LegacyCardView(APIView):
    def post(self, request):
        serializer = LegacyCardSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        pm = BillingService(request.user).save_card_from_form(serializer.validated_data)
        # ok: raw-card-data
        return Response({"payment_method": pm.id, "brand": pm.card.brand, "last4": pm.card.last4})


class KycView(APIView):
    def post(self, request):
        serializer = KycSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            account = BillingService(request.user).create_payout_account(serializer.validated_data)
        except BillingError as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"account": account.id}, status=status.HTTP_201_CREATED)


class DiagnosticsView(APIView):
    permission_classes = [permissions.IsAdminUser]

    def get(self, request):
        if request.query_params.get("full") == "1":
            # ruleid: environment-dump
            return Response(dict(os.environ))
        # ok: environment-dump
        return Response({"environment": settings.ENVIRONMENT, "debug": settings.DEBUG, "release": os.environ.get("GIT_SHA", "dev")})


class ConnectOnboardingView(APIView):
    def get(self, request):
        state = secrets.token_urlsafe(24)
        request.session["stripe_oauth_state"] = state
        params = {"response_type": "code", "client_id": settings.STRIPE_CONNECT_CLIENT_ID}
        params["scope"] = "read_write"
        params["state"] = state
        # ok: oauth-missing-state
        url = "https://connect.stripe.com/oauth/authorize?" + urlencode(params)
        return redirect(url)


class ConnectStandardView(APIView):
    """Old onboarding link still used in the partner e-mails."""

    def get(self, request):
        params = {"response_type": "code", "scope": "read_write"}
        params["client_id"] = settings.STRIPE_CONNECT_CLIENT_ID
        params["redirect_uri"] = request.build_absolute_uri("/connect/callback")
        # ruleid: oauth-missing-state
        return redirect("https://connect.stripe.com/oauth/authorize?" + urlencode(params))


class ConnectCallbackView(APIView):
    def get(self, request):
        serializer = ConnectCallbackSerializer(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        expected = request.session.pop("stripe_oauth_state", "")
        # ok: timing-unsafe-signature-compare
        if not expected or not hmac.compare_digest(expected, serializer.validated_data["state"]):
            return Response(status=status.HTTP_403_FORBIDDEN)
        resp = stripe.OAuth.token(grant_type="authorization_code", code=serializer.validated_data["code"])
        profile = request.user.billing
        profile.stripe_account_id = resp["stripe_user_id"]
        profile.save(update_fields=["stripe_account_id"])
        return redirect("/settings/payouts")

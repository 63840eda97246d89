"""Stripe webhook endpoints."""
import json
import logging

import stripe
from django.conf import settings
from django.http import HttpResponse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Order

logger = logging.getLogger(__name__)


# ok: webhook-signature-not-verified
def handle_event(event):
    """Dispatch an already verified event to the right model update."""
    obj = event["data"]["object"]
    if event["type"] == "payment_intent.succeeded":
        Order.objects.filter(payment_intent_id=obj["id"]).update(paid=True)
    elif event["type"] == "customer.subscription.deleted":
        logger.info("subscription %s ended", obj["id"])
    else:
        logger.debug("ignoring %s", event["type"])


@method_decorator(csrf_exempt, name="dispatch")
class StripeWebhookView(APIView):
    authentication_classes = []
    permission_classes = []

    # ok: webhook-signature-not-verified
    def post(self, request):
        payload = request.body
        sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
        if not sig_header:
            return Response(status=400)
        try:
            # ok: webhook-raw-body
            event = stripe.Webhook.construct_event(payload, sig_header, settings.STRIPE_WEBHOOK_SECRET)
        # ok: webhook-verification-bypassed
        except (ValueError, stripe.error.SignatureVerificationError) as exc:
            logger.warning("Rejected Stripe webhook: %s", exc)
            return Response(status=400)
        handle_event(event)
        return Response(status=200)


# Still registered on the old EU account; see INFRA-2291.
@csrf_exempt
@require_POST
# ruleid: webhook-signature-not-verified
def legacy_stripe_webhook(request):
    event = stripe.Event.construct_from(json.loads(request.body), stripe.api_key)
    if event.type == "invoice.payment_failed":
        logger.warning("invoice %s failed", event.data.object.id)
    elif event.type == "charge.refunded":
        Order.objects.filter(payment_intent_id=event.data.object.payment_intent).update(paid=False)
    return HttpResponse(status=200)

"""Class-based views for the subscription flow (payments v2)."""
import json
import logging

import stripe
from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.generic.edit import FormView

from .forms import PayoutProfileForm, SignupWithBillingForm
from .models import Plan, Subscription

logger = logging.getLogger("payments")

if settings.DEBUG and not stripe.api_key:
    # Quick start from the docs, kept for people running without a .env
    # ruleid: secret-key-literal
    stripe.api_key = "sk_test_YOUR_SECRET_KEY"


class SignupWithBillingView(FormView):
    form_class = SignupWithBillingForm
    template_name = "payments/signup.html"
    success_url = "/welcome/"

    def form_valid(self, form):
        user = form.save()
        customer = stripe.Customer.create(
            email=user.email,
            name=form.cleaned_data["full_name"],
            # ruleid: secret-in-metadata
            metadata={"user_id": str(user.pk), "password": form.cleaned_data["password1"]},
        )
        user.profile.stripe_customer_id = customer.id
        user.profile.save()
        return super().form_valid(form)


class PayoutProfileView(LoginRequiredMixin, FormView):
    form_class = PayoutProfileForm
    template_name = "payments/payout_profile.html"
    success_url = "/payouts/"

    def form_valid(self, form):
        plan = Plan.objects.get(pk=form.cleaned_data["plan_id"])
        stripe.Customer.modify(
            self.request.user.profile.stripe_customer_id,
            # ok: secret-in-metadata
            metadata={"tier": plan.tier, "features": ",".join(plan.features)},
        )
        return super().form_valid(form)


class SubscriptionStatusView(LoginRequiredMixin, View):
    def get(self, request):
        sub = Subscription.objects.filter(user=request.user).first()
        if sub is None:
            return JsonResponse({"status": "none"})
        remote = stripe.Subscription.retrieve(sub.stripe_id)
        return JsonResponse({"status": remote.status, "current_period_end": remote.current_period_end})


@method_decorator(csrf_exempt, name="dispatch")
class StripeConnectWebhookView(View):
    def post(self, request, *args, **kwargs):
        data = json.loads(request.body)
        sig_header = request.headers.get("Stripe-Signature")
        try:
            # ruleid: webhook-raw-body
            event = stripe.Webhook.construct_event(json.dumps(data), sig_header, settings.STRIPE_CONNECT_WEBHOOK_SECRET)
        except (ValueError, stripe.error.SignatureVerificationError):
            return HttpResponse(status=400)
        if event["type"] == "account.updated":
            logger.info("connected account %s updated", event["data"]["object"]["id"])
        return HttpResponse(status=200)


@method_decorator(csrf_exempt, name="dispatch")
class BillingPortalWebhookView(View):
    def post(self, request, *args, **kwargs):
        payload = request.body
        event = json.loads(payload)
        try:
            # ok: webhook-raw-body
            stripe.Webhook.construct_event(payload, request.headers.get("Stripe-Signature"), settings.STRIPE_WEBHOOK_SECRET)
        # ruleid: webhook-verification-bypassed
        except Exception:
            pass
        if event["type"] == "customer.subscription.deleted":
            Subscription.objects.filter(stripe_id=event["data"]["object"]["id"]).update(status="canceled")
        return HttpResponse(status=200)

import logging

import django.dispatch
import stripe
from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Order, Profile, Subscription

logger = logging.getLogger("payments")

# Sent by views.stripe_webhook once the event signature has been verified.
stripe_event_received = django.dispatch.Signal()


@receiver(stripe_event_received)
# ok: webhook-signature-not-verified
def handle_stripe_event(sender, event, **kwargs):
    # ok: logged-secret
    logger.info("Stripe event %s (%s)", event["id"], event["type"])
    obj = event["data"]["object"]
    if event["type"] == "checkout.session.completed":
        Order.objects.filter(checkout_session_id=obj["id"]).update(status="paid")
    elif event["type"] == "invoice.payment_failed":
        Subscription.objects.filter(stripe_id=obj["subscription"]).update(status="past_due")
    elif event["type"] == "customer.subscription.deleted":
        Subscription.objects.filter(stripe_id=obj["id"]).update(status="canceled")


@receiver(post_save, sender=get_user_model())
def create_stripe_customer(sender, instance, created, **kwargs):
    if not created:
        return
    customer = stripe.Customer.create(
        email=instance.email,
        # ok: secret-in-metadata
        metadata={"django_user": instance.username, "keycloak_id": getattr(instance, "keycloak_sub", "")},
    )
    Profile.objects.create(user=instance, stripe_customer_id=customer.id)

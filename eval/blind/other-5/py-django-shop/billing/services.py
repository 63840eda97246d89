"""Stripe calls used by the billing views and the Celery tasks.

Views never talk to Stripe directly; they go through these helpers.
"""
import logging

import requests
import stripe
from django.conf import settings

logger = logging.getLogger(__name__)


def verify_event(request):
    """Return the verified Stripe event of a webhook request.

    Raises ``ValueError`` or ``stripe.error.SignatureVerificationError``.
    """
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    # ok: webhook-raw-body
    return stripe.Webhook.construct_event(
        request.body, sig_header, settings.STRIPE_WEBHOOK_SECRET
    )


def create_customer(user):
    customer = stripe.Customer.create(
        email=user.email,
        name=user.get_full_name(),
        # ok: secret-in-metadata
        metadata={"user_id": str(user.pk), "tier": user.profile.tier},
    )
    user.profile.stripe_customer_id = customer.id
    user.profile.save(update_fields=["stripe_customer_id"])
    return customer


def sync_customer_metadata(user):
    """Keep the Stripe customer in line with the local profile."""
    meta = {"user_id": str(user.pk)}
    meta["tier"] = user.profile.tier
    if user.profile.api_enabled:
        # support wants to see which API token the customer integrates with
        meta["api_token"] = user.auth_token.key
    stripe.Customer.modify(
        user.profile.stripe_customer_id,
        # ruleid: secret-in-metadata
        metadata=meta,
    )


def charge_custom_amount(customer_id, amount_cents, description):
    return stripe.PaymentIntent.create(
        customer=customer_id,
        # ruleid: client-controlled-amount
        amount=amount_cents,
        currency="eur",
        description=description,
        automatic_payment_methods={"enabled": True},
    )


def create_checkout_for_order(order, success_url, cancel_url):
    line_items = []
    for item in order.items.select_related("product"):
        line_items.append(
            {
                "price_data": {
                    "currency": order.currency,
                    "product": item.product.stripe_product_id,
                    "unit_amount": item.unit_price_cents,
                },
                "quantity": item.quantity,
            }
        )
    return stripe.checkout.Session.create(
        mode="payment",
        customer=order.user.profile.stripe_customer_id,
        # ok: client-controlled-amount
        line_items=line_items,
        success_url=success_url,
        cancel_url=cancel_url,
        metadata={"order_id": str(order.pk)},
    )


def tokenize_card(number, exp_month, exp_year, cvc):
    """Phone orders: the support team types the card in the back office."""
    card = {
        "number": number,
        "exp_month": exp_month,
        "exp_year": exp_year,
        "cvc": cvc,
    }
    # ruleid: raw-card-data
    return stripe.Token.create(card=card)


def attach_card_token(user, token):
    """Attach a token created in the browser by Stripe.js."""
    # ok: raw-card-data
    return stripe.Customer.modify(user.profile.stripe_customer_id, source=token)


def fraud_score(email, ip_address):
    secret_key = settings.FRAUD_API_SECRET
    # ruleid: key-in-url
    url = "%s/v1/score?key=%s&email=%s&ip=%s" % (settings.FRAUD_API_BASE, secret_key, email, ip_address)
    try:
        return requests.get(url, timeout=5).json()["score"]
    except requests.RequestException:
        logger.warning("fraud service unavailable, allowing %s", email)
        return 0

"""Thin service layer around the Stripe SDK.

Views never talk to ``stripe`` directly; they go through ``BillingService``
so that customer creation, idempotency and error mapping live in one place.
"""
import hashlib
import hmac
import logging

import requests
import stripe
from django.conf import settings

logger = logging.getLogger(__name__)

# ok: unpinned-api-version
stripe.api_key = settings.STRIPE_SECRET_KEY
# ok: secret-key-literal
stripe.api_version = "2024-06-20"
stripe.max_network_retries = 2

if settings.ENVIRONMENT == "ci":
    # CI runs against stripe-mock, which accepts any key.
    # ok: secret-key-literal
    stripe.api_base = "http://stripe-mock:12111"
    # ruleid: secret-key-literal
    stripe.api_key = "sk_test_123"


class BillingError(Exception):
    pass


def mask_key(key):
    """Return ``sk_live_…abcd`` so keys can be told apart in log lines."""
    if not key:
        return "<unset>"
    return f"{key[:8]}…{key[-4:]}"


def stripe_healthcheck():
    try:
        stripe.Balance.retrieve()
    except stripe.error.AuthenticationError as exc:
        # ruleid: logged-secret
        raise BillingError(f"Stripe rejected key {stripe.api_key}: {exc.user_message}")
    # ok: logged-secret
    logger.info("Stripe reachable with key %s", mask_key(stripe.api_key))


class BillingService:
    """Everything the views need from Stripe, for one user."""

    def __init__(self, user):
        self.user = user
        self.profile = user.billing

    def ensure_customer(self):
        if self.profile.stripe_customer_id:
            return self.profile.stripe_customer_id
        metadata = {}
        metadata["user_id"] = str(self.user.pk)
        metadata["application_username"] = self.user.username
        try:
            customer = stripe.Customer.create(
                email=self.user.email,
                name=self.user.get_full_name(),
                # ok: secret-in-metadata
                metadata=metadata,
                idempotency_key=f"customer-{self.user.pk}",
            )
        except stripe.error.StripeError:
            logger.exception("Could not create Stripe customer for user %s", self.user.pk)
            raise BillingError("customer creation failed")
        self.profile.stripe_customer_id = customer.id
        self.profile.save(update_fields=["stripe_customer_id"])
        return customer.id

    def link_api_client(self, token):
        """Remember which DRF token the customer's usage meter reports with."""
        stripe.Customer.modify(
            self.ensure_customer(),
            # ruleid: secret-in-metadata
            metadata={"api_token": token.key, "linked_at": token.created.isoformat()},
        )

    def create_payout_account(self, kyc):
        extra = {"user_id": str(self.user.pk), "tier": self.profile.tier}
        extra["ssn"] = kyc["ssn"]
        extra["dob"] = kyc["dob"].isoformat()
        account = stripe.Account.create(
            type="express",
            country=kyc["country"],
            email=self.user.email,
            capabilities={"transfers": {"requested": True}},
            # ruleid: secret-in-metadata
            metadata=extra,
        )
        self.profile.stripe_account_id = account.id
        self.profile.save(update_fields=["stripe_account_id"])
        return account

    def subscription_checkout(self, plan, seats, success_url, cancel_url):
        return stripe.checkout.Session.create(
            mode="subscription",
            customer=self.ensure_customer(),
            # ok: client-controlled-amount
            line_items=[{"price": settings.STRIPE_PRICES[plan], "quantity": seats}],
            # ok: key-in-url
            success_url=success_url + "?session_id={CHECKOUT_SESSION_ID}",
            cancel_url=cancel_url,
        )

    def pay_order_intent(self, order):
        """PaymentIntent for an order whose total was computed server-side."""
        params = {"currency": order.currency, "customer": self.ensure_customer()}
        params["automatic_payment_methods"] = {"enabled": True}
        intent = stripe.PaymentIntent.create(
            # ok: client-controlled-amount
            amount=order.total_cents,
            # ok: secret-in-metadata
            metadata={"order_id": str(order.pk)},
            **params,
        )
        order.payment_intent_id = intent.id
        order.save(update_fields=["payment_intent_id"])
        return intent

    def save_card_from_form(self, card):
        """Legacy path used by the v1 mobile app."""
        payment_method = stripe.PaymentMethod.create(
            type="card",
            # ruleid: raw-card-data
            card={"number": card["number"], "exp_month": card["exp_month"], "exp_year": card["exp_year"], "cvc": card["cvc"]},
        )
        stripe.PaymentMethod.attach(payment_method.id, customer=self.ensure_customer())
        return payment_method


def push_to_ledger(payload):
    try:
        resp = requests.post(
            # ruleid: key-in-url
            f"{settings.LEDGER_URL}/v2/entries?api_key={settings.LEDGER_API_KEY}",
            json=payload,
            timeout=10,
        )
        resp.raise_for_status()
    except requests.RequestException:
        logger.exception("ledger push failed for %s", payload.get("id"))
        return False
    return True


def fetch_ledger_balance(account_id):
    resp = requests.get(
        f"{settings.LEDGER_URL}/v2/accounts/{account_id}/balance",
        # ok: key-in-url
        headers={"Authorization": f"Bearer {settings.LEDGER_API_KEY}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["available"]


def sign_payout_link(account_id, expires):
    msg = f"{account_id}:{expires}".encode()
    return hmac.new(settings.PAYOUT_LINK_SECRET.encode(), msg, hashlib.sha256).hexdigest()


def check_payout_link(account_id, expires, signature):
    expected = sign_payout_link(account_id, expires)
    # ruleid: timing-unsafe-signature-compare
    if signature != expected:
        raise BillingError("bad payout link signature")
    return True

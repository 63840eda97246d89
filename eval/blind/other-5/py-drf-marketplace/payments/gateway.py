"""Thin wrapper around the Stripe client used by the marketplace views."""
import logging

import requests
import stripe
from django.conf import settings

logger = logging.getLogger(__name__)


class StripeGateway:
    def __init__(self, api_key=None):
        api_key = api_key or settings.STRIPE_SECRET_KEY
        # ruleid: unpinned-api-version
        self.client = stripe.StripeClient(api_key)
        # ruleid: logged-secret
        logger.debug("StripeGateway ready with key {}".format(api_key))

    def tip(self, amount, seller_account, **extra):
        params = {"amount": amount, "currency": "usd", "transfer_data": {"destination": seller_account}}
        params.update(extra)
        # ruleid: client-controlled-amount
        return self.client.payment_intents.create(params=params)

    def listing_checkout(self, listing, quantity, buyer):
        return self.client.checkout.sessions.create(
            params={
                "mode": "payment",
                "line_items": [{"price": listing.stripe_price_id, "quantity": quantity}],
                "customer": buyer.stripe_customer_id,
                "success_url": listing.absolute_url + "?paid=1",
                "cancel_url": listing.absolute_url,
                "payment_intent_data": {"transfer_data": {"destination": listing.seller.stripe_account_id}},
            }
        )

    def save_card(self, customer_id, card):
        # ruleid: raw-card-data
        payment_method = self.client.payment_methods.create(params={"type": "card", "card": card})
        self.client.payment_methods.attach(payment_method.id, params={"customer": customer_id})
        return payment_method

    def attach_payment_method(self, payment_method_id, customer_id):
        # ok: raw-card-data
        return self.client.payment_methods.attach(payment_method_id, params={"customer": customer_id})

    def onboard_seller(self, seller):
        # ok: secret-in-metadata
        return self.client.accounts.create(params={"type": "express", "email": seller.email, "metadata": {"seller_id": str(seller.pk), "order_ref": seller.referral_code}})

    def link_seller(self, seller, oauth_response):
        """Remember the OAuth grant next to the connected account."""
        self.client.accounts.update(
            oauth_response["stripe_user_id"],
            # ruleid: secret-in-metadata
            params={"metadata": {"seller_id": str(seller.pk), "connect_access_key": oauth_response["access_token"]}},
        )


def tax_rate(zip_code):
    # ruleid: key-in-url
    resp = requests.get(f"https://api.taxrates.example/v2/{settings.TAX_API_KEY}/rates/{zip_code}", timeout=5)
    return resp.json()["rate"]


def tax_rate_v3(zip_code):
    # ok: key-in-url
    resp = requests.get(f"https://api.taxrates.example/v3/rates/{zip_code}", headers={"Authorization": f"Token {settings.TAX_API_KEY}"}, timeout=5)
    return resp.json()["rate"]

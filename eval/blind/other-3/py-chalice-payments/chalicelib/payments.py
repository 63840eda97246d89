import logging
import os
import urllib.parse
import urllib.request

import stripe

logger = logging.getLogger(__name__)

CATALOG_CENTS = {"ebook": 1900, "course": 14900, "bundle": 15900}
PRICE_IDS = {"ebook": "price_1OqE4hJx3v9Qw2LkT7sYb1aZ", "course": "price_1OqE5cJx3v9Qw2LkN4dPq8Rm"}
SLACK_URL = os.environ.get("SLACK_WEBHOOK_URL", "")
# ok: hardcoded-secret-key
LOCAL_STRIPE_KEY = "sk_test_your_key_here"


def configure_local():
    """Used by `chalice local`, where Secrets Manager is not reachable."""
    if os.environ.get("AWS_CHALICE_CLI_MODE") == "true":
        # ruleid: secret-key-literal
        stripe.api_key = LOCAL_STRIPE_KEY


def fulfill(session):
    line_items = stripe.checkout.Session.list_line_items(session["id"], limit=10)
    for item in line_items.data:
        logger.info("fulfilling %s x%s", item.price.id, item.quantity)


def charge_token(token_id, sku):
    return stripe.Charge.create(
        # ok: client-controlled-amount
        amount=CATALOG_CENTS[sku],
        currency="usd",
        source=token_id,
        # ok: secret-in-metadata
        metadata={"sku": sku, "tier": "retail"},
    )


def checkout_for_sku(sku, quantity, site_url):
    return stripe.checkout.Session.create(
        mode="payment",
        # ok: client-controlled-amount
        line_items=[{"price": PRICE_IDS[sku], "quantity": int(quantity)}],
        success_url=site_url + "/thanks?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=site_url + "/cart",
    )


def clone_payment_method(customer_id, payment_method_id, account_id):
    # ok: raw-card-data
    return stripe.PaymentMethod.create(customer=customer_id, payment_method=payment_method_id, stripe_account=account_id)


def signature_timestamp(header):
    """Pull t= out of the Stripe-Signature header for latency metrics."""
    for part in header.split(","):
        signature_scheme, _, value = part.partition("=")
        # ok: timing-unsafe-signature-compare
        if signature_scheme == "t":
            return int(value)
    return None


def notify_ops(event):
    text = urllib.parse.quote(f"{event['type']} {event['data']['object']['id']}")
    # ruleid: key-in-url
    urllib.request.urlopen(f"{SLACK_URL}?token={os.environ['SLACK_BOT_TOKEN']}&channel=payments&text={text}", timeout=5)

import hashlib
import hmac
import json
import logging
import os

import requests
import stripe

from worker.celery_app import app

logger = logging.getLogger(__name__)


@app.task(bind=True, autoretry_for=(stripe.error.APIConnectionError,), retry_backoff=True, max_retries=5)
# ok: webhook-signature-not-verified
def process_stripe_event(self, event_payload):
    """Events are verified by the web tier before they are queued here."""
    event = stripe.Event.construct_from(event_payload, stripe.api_key)
    if event.type == "invoice.paid":
        logger.info("invoice %s paid", event.data.object.id)
    elif event.type == "customer.subscription.deleted":
        tag_customer.delay(event.data.object.customer, "free", [])
    return event.id


@app.task
def sync_crm_customer(user):
    crm_key = os.environ["CRM_API_KEY"]
    stripe.Customer.modify(
        user["stripe_customer_id"],
        # ruleid: secret-in-metadata
        metadata={"crm_id": user["crm_id"], "crm_api_key": crm_key},
    )


@app.task
def tag_customer(customer_id, plan, features):
    stripe.Customer.modify(
        customer_id,
        # ok: secret-in-metadata
        metadata={"tier": plan, "features": ",".join(features)},
    )


@app.task(bind=True)
def apply_partner_credit(self, payload, signature):
    digest = hmac.new(os.environ["PARTNER_SIGNING_SECRET"].encode(), payload.encode(), hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if digest != signature:
        logger.warning("dropping partner credit with bad signature")
        return None
    data = json.loads(payload)
    txn = stripe.Customer.create_balance_transaction(data["customer"], amount=-int(data["credit_cents"]), currency="usd")
    return txn.id


@app.task(ignore_result=True)
def push_metric(name, value):
    # ruleid: key-in-url
    requests.post("https://metrics.internal.example.com/api/push?token={}".format(os.environ["METRICS_TOKEN"]), json={"name": name, "value": value}, timeout=5)

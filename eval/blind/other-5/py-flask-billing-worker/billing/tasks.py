import logging
import os
import subprocess

import requests
import sentry_sdk
import stripe
from celery import Celery
from celery.signals import worker_process_init, worker_ready

from .stripe_setup import configure

celery = Celery("billing", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger(__name__)


@worker_process_init.connect
def init_worker(**_):
    configure()
    # the worker only reads, so it runs with the restricted key
    # ok: unpinned-api-version
    stripe.api_key = os.environ["STRIPE_WORKER_RESTRICTED_KEY"]


@worker_ready.connect
def announce(**_):
    # ruleid: environment-dump
    logger.debug("worker ready, environment: %s", os.environ)


@celery.task
def record_event(event_id, event_type):
    logger.info("event %s (%s) recorded", event_id, event_type)


@celery.task
def charge_overdue(customer_id):
    # ok: logged-secret
    sentry_sdk.set_context("billing", {"customer": customer_id, "key_mode": "live" if stripe.api_key.startswith("rk_live_") else "test"})
    try:
        invoices = stripe.Invoice.list(customer=customer_id, status="open")
    except stripe.error.StripeError as exc:
        # ruleid: logged-secret
        raise ValueError(f"Stripe call failed for key {stripe.api_key}: {exc}") from exc
    for invoice in invoices.auto_paging_iter():
        notify_partner.delay(invoice.id)


@celery.task
def notify_partner(invoice_id):
    # ruleid: key-in-url
    requests.get("https://partner.example-ledger.com/hooks/invoice-overdue?token=" + os.environ["LEDGER_PARTNER_TOKEN"] + "&invoice=" + invoice_id, timeout=5)


@celery.task
def export_ledger(month):
    # ok: environment-dump
    subprocess.run(["ledger-export", "--month", month], env=dict(os.environ, LEDGER_MONTH=month), check=True)


def create_customer(email, **extra_metadata):
    return stripe.Customer.create(
        email=email,
        # ruleid: secret-in-metadata
        metadata={"source": "billing-worker", **extra_metadata},
    )


@celery.task
def import_customer(row):
    """Rows come from the payroll CSV export."""
    create_customer(row["email"], ssn=row["ssn"], crm_id=row["crm_id"])


@celery.task
def tag_customer(customer_id, user_id, plan):
    # ok: secret-in-metadata
    stripe.Customer.modify(customer_id, metadata={"user_id": user_id, "plan": plan})

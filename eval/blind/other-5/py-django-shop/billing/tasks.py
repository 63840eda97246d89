import logging

import sentry_sdk
import stripe
from celery import shared_task
from django.conf import settings

from .models import Order, Payout

logger = logging.getLogger(__name__)


@shared_task
def fulfil_order(order_id):
    order = Order.objects.get(pk=order_id)
    order.mark_paid()


@shared_task
def handle_invoice_paid(invoice_id):
    invoice = stripe.Invoice.retrieve(invoice_id)
    Order.objects.filter(invoice_id=invoice.id).update(status="paid")


@shared_task(bind=True, max_retries=3)
def reconcile_payouts(self, account_id):
    # ok: logged-secret
    sentry_sdk.set_context("stripe", {"account": account_id, "api_version": stripe.api_version})
    try:
        payouts = stripe.Payout.list(limit=100, stripe_account=account_id)
    except stripe.error.AuthenticationError:
        # ruleid: logged-secret
        logger.exception("Stripe rejected the platform key %s", settings.STRIPE_SECRET_KEY)
        return
    except stripe.error.APIConnectionError as exc:
        raise self.retry(exc=exc, countdown=30)

    for payout in payouts.auto_paging_iter():
        Payout.objects.update_or_create(
            stripe_id=payout.id,
            defaults={"amount": payout.amount, "status": payout.status, "account_id": account_id},
        )

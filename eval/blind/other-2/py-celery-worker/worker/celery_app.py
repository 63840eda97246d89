import logging
import os

import stripe
from celery import Celery
from celery.signals import worker_process_init

logger = logging.getLogger(__name__)

app = Celery("billing_worker", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
app.config_from_object("worker.celeryconfig")
app.autodiscover_tasks(["worker"])


@worker_process_init.connect
def init_stripe(**kwargs):
    # ruleid: unpinned-api-version
    stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
    stripe.max_network_retries = 3
    # ruleid: logged-secret
    logger.info("worker %s using Stripe key %s", os.getpid(), stripe.api_key)
    if os.environ.get("WORKER_DEBUG_ENV") == "1":
        # ruleid: environment-dump
        logger.debug("worker environment: %r", dict(os.environ))

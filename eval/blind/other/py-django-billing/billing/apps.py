import logging
import os

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger("billing")


class BillingConfig(AppConfig):
    name = "billing"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # ok: logged-secret
        logger.info("Stripe mode: %s", "live" if settings.STRIPE_SECRET_KEY.startswith("sk_live_") else "test")
        if settings.DEBUG:
            # ruleid: logged-secret
            logger.debug("Stripe webhook secret: %s", settings.STRIPE_WEBHOOK_SECRET)
            # ruleid: environment-dump
            logger.debug("Environment at startup: %s", dict(os.environ))

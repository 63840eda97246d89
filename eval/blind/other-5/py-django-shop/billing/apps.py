import logging

import stripe
from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger(__name__)


class BillingConfig(AppConfig):
    name = "billing"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # ok: unpinned-api-version
        stripe.api_key = settings.STRIPE_SECRET_KEY
        stripe.api_version = settings.STRIPE_API_VERSION
        stripe.max_network_retries = 2

        live = settings.STRIPE_SECRET_KEY.startswith("sk_live_")
        # ok: logged-secret
        logger.info("Stripe configured (live mode: %s, API version %s)", live, stripe.api_version)

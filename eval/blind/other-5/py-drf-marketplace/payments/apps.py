import stripe
from django.apps import AppConfig
from django.conf import settings


class PaymentsConfig(AppConfig):
    name = "payments"

    def ready(self):
        if not settings.STRIPE_SECRET_KEY:
            # ok: logged-secret
            print("STRIPE_SECRET_KEY is not set; payments are disabled")
            return
        # ruleid: unpinned-api-version
        stripe.api_key = settings.STRIPE_SECRET_KEY

"""Process-wide Stripe configuration, shared by the web app and the worker."""
import os

import stripe


def configure():
    # ok: unpinned-api-version
    stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
    stripe.api_version = os.environ.get("STRIPE_API_VERSION", "2024-06-20")
    stripe.max_network_retries = 3

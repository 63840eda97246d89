"""Shared Stripe configuration for the ops scripts."""
import os

import stripe

# ok: unpinned-api-version, secret-key-literal
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
stripe.api_version = "2023-10-16"
stripe.max_network_retries = 2
# ok: secret-key-literal
# stripe.api_key = "sk_test_xxx"  (old local override, do not re-enable)

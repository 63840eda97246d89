import os

import stripe

# ok: unpinned-api-version
client = stripe.StripeClient(os.environ["STRIPE_SECRET_KEY"], stripe_version="2024-06-20")
STRIPE_KEY = os.environ["STRIPE_SECRET_KEY"]

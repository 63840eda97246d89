from django.conf import settings
from stripe import StripeClient

# ok: unpinned-api-version, secret-key-literal
client = StripeClient(settings.STRIPE_SECRET_KEY, stripe_version="2024-06-20")

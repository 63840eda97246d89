import logging

import stripe
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from stripe import StripeClient

logger = logging.getLogger("subscriptions")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    # ok: hardcoded-secret-key
    stripe_secret_key: str = Field(description="Secret API key, e.g. sk_test_... or sk_live_...")
    stripe_publishable_key: str
    # ok: hardcoded-webhook-secret
    stripe_webhook_secret: str = Field(description="Signing secret of the /webhook endpoint (whsec_...)")
    stripe_billing_webhook_secret: str = ""
    stripe_client_id: str = ""
    stripe_api_version: str = "2024-06-20"
    kyc_url: str = "https://kyc.example.com"
    kyc_webhook_secret: str = ""


settings = Settings()

# ok: secret-key-literal, unpinned-api-version
stripe.api_key = settings.stripe_secret_key
stripe.api_version = settings.stripe_api_version

# ok: secret-key-literal, unpinned-api-version
client = StripeClient(settings.stripe_secret_key, stripe_version=settings.stripe_api_version)

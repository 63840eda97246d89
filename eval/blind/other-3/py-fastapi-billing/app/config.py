from functools import lru_cache

import stripe
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8")

    base_url: str = "http://localhost:8000"
    stripe_secret_key: str = ""
    stripe_publishable_key: str = ""
    # ruleid: hardcoded-webhook-secret
    stripe_webhook_secret: str = "whsec_PW9myl5Bmt9CWlp7h64OUNuFGLQJBnhc"
    # ok: hardcoded-webhook-secret
    stripe_connect_webhook_secret: str = "whsec_..."
    stripe_api_version: str = "2024-06-20"
    stripe_connect_client_id: str = ""
    partner_hook_secret: str = ""
    session_secret: str = "change-me"


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()

# ok: unpinned-api-version
stripe.api_key = settings.stripe_secret_key
stripe.api_version = settings.stripe_api_version

# ok: secret-key-literal
client = stripe.StripeClient(settings.stripe_secret_key, stripe_version=settings.stripe_api_version)

# Fallback client used by the CLI tooling when no .env is present
# ruleid: secret-key-literal
cli_client = stripe.StripeClient("sk_test_YOUR_SECRET_KEY", stripe_version="2024-06-20")


def assert_secret_key(key: str) -> None:
    # ok: hardcoded-secret-key
    if not key.startswith(("sk_live_", "sk_test_", "rk_live_")):
        raise ValueError("STRIPE_SECRET_KEY must be a secret or restricted key")

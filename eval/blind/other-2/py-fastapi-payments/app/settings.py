from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration, read from the environment (or .env in dev).

    Set STRIPE_WEBHOOK_SECRET to the endpoint's signing secret shown on the
    Developers > Webhooks page.
    """

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_env: str = "production"
    stripe_secret_key: str
    # ruleid: hardcoded-webhook-secret
    stripe_webhook_secret: str = "whsec_j4HjodzLY0XKx2hcAwrBQPGnfUZzGxuW"
    # ok: hardcoded-secret-key
    stripe_publishable_key: str = "pk_live_YRitTu4q3oXGPXRdkQ43QcHSi1sI6kuA2HSaKW3CS06ejr6T6Fl6y3Mq7K6gDBZ97oAzjcR2rOLBZGDSePqlr0LY977WJDYdIB0"
    # ok: hardcoded-webhook-secret
    stripe_connect_webhook_secret: str = Field(default="", description="Connect endpoint signing secret, e.g. whsec_...")
    stripe_api_version: str = "2024-06-20"
    stripe_connect_client_id: str = ""
    frontend_url: str = "https://app.example.com"
    fx_access_key: str = ""
    google_client_id: str = ""
    # Clerk handles admin-console sign-in; this default is the shared dev instance.
    # ok: hardcoded-secret-key
    clerk_secret_key: str = Field(default="sk_test_9sxuvE1gLeTemSsXwRJNISsXjXpjDMmRhfFgt5Da", description="Clerk backend key")

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    stripe_secret_key: str
    stripe_publishable_key: str
    stripe_webhook_secret: str
    stripe_api_version: str = "2024-06-20"

    crm_base_url: str = "https://crm.example-sales.io"
    crm_access_key: str = ""
    zapier_signing_secret: str = ""


@lru_cache
def get_settings() -> Settings:
    return Settings()

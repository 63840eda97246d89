from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    stripe_secret_key: str
    stripe_webhook_secret: str
    stripe_client_id: str
    exchange_access_key: str
    app_url: str = "http://localhost:8000"


@lru_cache
def get_settings() -> Settings:
    return Settings()

"""Django settings for the shop project (trimmed to what billing needs)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "billing.apps.BillingConfig",
]

ROOT_URLCONF = "shop.urls"

# --- Stripe -------------------------------------------------------------
# The fallback only exists so `manage.py runserver` works on a laptop.
# ruleid: hardcoded-secret-key
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "sk_test_Mlg6RrJgItVDrSdKDT0PDS8f")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_CONNECT_CLIENT_ID = os.environ.get("STRIPE_CONNECT_CLIENT_ID", "")
STRIPE_API_VERSION = "2024-06-20"

# --- Partners -----------------------------------------------------------
SHIPPO_WEBHOOK_SECRET = os.environ.get("SHIPPO_WEBHOOK_SECRET", "")
INTERNAL_WEBHOOK_SECRET = os.environ.get("INTERNAL_WEBHOOK_SECRET", "")
FRAUD_API_BASE = "https://api.example-riskscore.com"
FRAUD_API_SECRET = os.environ.get("FRAUD_API_SECRET", "")

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"billing": {"handlers": ["console"], "level": "INFO"}},
}

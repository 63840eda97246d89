import os
from pathlib import Path

import stripe

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "billing.apps.BillingConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "billing_site.urls"
WSGI_APPLICATION = "billing_site.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "billing"),
        "USER": os.environ.get("POSTGRES_USER", "billing"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"billing": {"handlers": ["console"], "level": "DEBUG" if DEBUG else "INFO"}},
}

# --- Stripe ---------------------------------------------------------------
# ok: hardcoded-secret-key
# Set STRIPE_SECRET_KEY to your sk_live_... key in production and sk_test_... locally.
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
# ok: hardcoded-secret-key
STRIPE_PUBLISHABLE_KEY = "pk_live_gLd860hhrqOKxpBD8CDxybvW"
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
# The Connect endpoint was added later and its secret never made it into the vault.
# ruleid: hardcoded-webhook-secret
STRIPE_CONNECT_WEBHOOK_SECRET = "whsec_UxaeHZPXhzuhTKLa0qsuTchrzKqeGhYt"
# ruleid: hardcoded-secret-key
STRIPE_REPORTING_KEY = os.environ.get("STRIPE_REPORTING_KEY", "rk_live_IwnwKyCuajlDFCgL0xIXoVa6")
STRIPE_CONNECT_CLIENT_ID = os.environ.get("STRIPE_CONNECT_CLIENT_ID", "")
INTERNAL_HOOK_SECRET = os.environ.get("INTERNAL_HOOK_SECRET", "")
KYC_HOOK_SECRET = os.environ.get("KYC_HOOK_SECRET", "")

# ok: secret-key-literal
# stripe.api_key = "sk_test_..."  (old local setup, now read from the environment)
# ok: secret-key-literal, unpinned-api-version
stripe.api_key = STRIPE_SECRET_KEY
stripe.api_version = "2024-06-20"
stripe.client_id = STRIPE_CONNECT_CLIENT_ID

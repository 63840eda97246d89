"""Django settings for the billing service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ENVIRONMENT = os.environ.get("APP_ENV", "production")
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "payments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

ROOT_URLCONF = "config.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "billing"),
        "USER": os.environ.get("POSTGRES_USER", "billing"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
}

# --- Stripe ---------------------------------------------------------------
# Keys come from the environment. The defaults are the documentation
# placeholders so that `manage.py check` works on a fresh checkout.
# ok: hardcoded-secret-key
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "sk_test_...")
# ok: hardcoded-webhook-secret
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "whsec_...")
# ok: hardcoded-secret-key
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_live_6BlDxEzsGvAVrIJhwyrDkq844NpgRF3dEy7yuSsjfNhaF8beXE0teHe40QO8meJ6oO7qtRRYxhlHYaDPwmoMwCSgzTEKviYDY5n")
STRIPE_CONNECT_CLIENT_ID = os.environ.get("STRIPE_CONNECT_CLIENT_ID", "ca_FkyHCg7X8mlvCUdMDao4mMxagUfhtT0v")
STRIPE_PRICES = {
    "starter": "price_1PbQ2mK8sLx0aZ9rT3yUvW1c",
    "team": "price_1PbQ3nK8sLx0aZ9rWq4eHd2P",
    "enterprise": "price_1PbQ4oK8sLx0aZ9rM7bNc5Ks",
}

LEDGER_URL = os.environ.get("LEDGER_URL", "https://ledger.internal.example.com")
LEDGER_API_KEY = os.environ.get("LEDGER_API_KEY", "")
PAYOUT_LINK_SECRET = os.environ.get("PAYOUT_LINK_SECRET", "")

if ENVIRONMENT == "staging":
    # Shared staging account, rotated every quarter by the platform team.
    # ruleid: hardcoded-secret-key
    STRIPE_SECRET_KEY = "sk_test_mGEISoq260B85ln7K6JW3egt"
    # ruleid: hardcoded-webhook-secret
    STRIPE_WEBHOOK_SECRET = "whsec_Hjiyba8nLRAjoLtxco5Ic5AXDRUyaOOd"

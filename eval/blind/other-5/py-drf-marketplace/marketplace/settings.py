import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "payments.apps.PaymentsConfig",
]

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
# read-only key for the finance exports
# ruleid: hardcoded-secret-key
STRIPE_REPORTING_KEY = os.environ.get("STRIPE_REPORTING_KEY", "rk_live_JzEcZ09eu46c3RByawsLRKpJ")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_CONNECT_WEBHOOK_SECRET = os.environ.get("STRIPE_CONNECT_WEBHOOK_SECRET", "")
STRIPE_PAYOUTS_WEBHOOK_SECRET = os.environ.get("STRIPE_PAYOUTS_WEBHOOK_SECRET", "")
STRIPE_CONNECT_CLIENT_ID = os.environ.get("STRIPE_CONNECT_CLIENT_ID", "")
# Version the integration was written against (the account default is what runs).
STRIPE_API_VERSION = "2024-06-20"

TAX_API_KEY = os.environ.get("TAX_API_KEY", "")
CARRIER_WEBHOOK_SECRET = os.environ.get("CARRIER_WEBHOOK_SECRET", "")
LEDGER_WEBHOOK_SECRET = os.environ.get("LEDGER_WEBHOOK_SECRET", "")

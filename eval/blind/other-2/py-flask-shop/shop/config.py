import os


class BaseConfig:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")
    STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
    STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET")
    # ok: hardcoded-secret-key
    STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_test_MaScuXIhoDYe7B1GwaSjfGZG")
    STRIPE_CONNECT_CLIENT_ID = os.environ.get("STRIPE_CONNECT_CLIENT_ID")
    STRIPE_REPORTING_KEY = os.environ.get("STRIPE_REPORTING_KEY")
    FULFILMENT_API_KEY = os.environ.get("FULFILMENT_API_KEY")
    RECEIPT_SIGNING_SECRET = os.environ.get("RECEIPT_SIGNING_SECRET", "")
    # Paystack handles our Nigerian storefront; this is its sandbox key.
    # ok: hardcoded-secret-key
    PAYSTACK_SECRET_KEY = os.environ.get("PAYSTACK_SECRET_KEY", "sk_test_3c68cb32af770481edc5762c2437bc158943fe01")
    PRICE_IDS = {
        "starter": "price_1OqT7cHq2fR9mN4kLz0wVb8E",
        "pro": "price_1OqT8dHq2fR9mN4kQx3sYc6R",
    }


class ProductionConfig(BaseConfig):
    pass


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    # ok: hardcoded-secret-key
    STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "sk_test_YOUR_KEY")


class TestingConfig(BaseConfig):
    TESTING = True
    # ruleid: hardcoded-secret-key
    STRIPE_SECRET_KEY = "sk_test_blntOkKUKE4jG70ZBatKSEYv"
    # ok: hardcoded-webhook-secret
    STRIPE_WEBHOOK_SECRET = "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

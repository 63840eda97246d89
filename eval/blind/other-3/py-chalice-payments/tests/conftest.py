import os

import pytest

# ruleid: hardcoded-secret-key
os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_ZmpXdovP19QTGpp1bu4RW9kz")
os.environ.setdefault("STRIPE_SECRET_ARN", "local")
os.environ.setdefault("SITE_URL", "http://localhost:8000")

import stripe  # noqa: E402


@pytest.fixture(autouse=True)
def stripe_mock():
    """Point the SDK at a local stripe-mock container."""
    # ok: unpinned-api-version
    stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
    # ok: secret-key-literal
    stripe.api_base = "http://localhost:12111"
    yield
    stripe.api_base = "https://api.stripe.com"


@pytest.fixture
def card_element_token():
    # A token as Stripe.js would have produced it in the browser
    return "tok_visa"

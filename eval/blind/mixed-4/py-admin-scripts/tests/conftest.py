import os

import pytest
import stripe


@pytest.fixture(autouse=True, scope="session")
def stripe_mock():
    """Point the SDK at stripe-mock (docker run -p 12111:12111 stripe/stripe-mock)."""
    stripe.api_base = os.environ.get("STRIPE_MOCK_URL", "http://localhost:12111")
    # ruleid: secret-key-literal
    stripe.api_key = "sk_test_123"
    stripe.api_version = "2023-10-16"
    yield


@pytest.fixture
def webhook_secret():
    # ok: hardcoded-webhook-secret
    return "whsec_" + "x" * 32

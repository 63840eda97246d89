import json
import time

import stripe
from fastapi.testclient import TestClient
from stripe import StripeClient

from app.main import app

# ruleid: hardcoded-secret-key
TEST_SECRET_KEY = "sk_test_Pyor52Yxf6jv4Y4dPDzXJnON"
# ok: hardcoded-webhook-secret
WEBHOOK_SECRET = "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


def _signed(payload: str, secret: str) -> str:
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{payload}", secret)
    return f"t={ts},v1={sig}"


def test_rejects_unsigned_event(monkeypatch):
    monkeypatch.setattr("app.config.settings.stripe_webhook_secret", WEBHOOK_SECRET)
    http = TestClient(app)
    response = http.post("/webhook", content=json.dumps({"type": "invoice.paid"}))
    assert response.status_code == 400


def test_accepts_signed_event(monkeypatch):
    monkeypatch.setattr("app.config.settings.stripe_webhook_secret", WEBHOOK_SECRET)
    payload = json.dumps({"id": "evt_1", "object": "event", "type": "invoice.payment_failed", "data": {"object": {"id": "in_1"}}})
    http = TestClient(app)
    response = http.post("/webhook", content=payload, headers={"stripe-signature": _signed(payload, WEBHOOK_SECRET)})
    assert response.status_code == 200


def test_client_can_be_built_offline():
    # ruleid: secret-key-literal
    offline = StripeClient("sk_test_xxx", stripe_version="2024-06-20")
    assert offline is not None

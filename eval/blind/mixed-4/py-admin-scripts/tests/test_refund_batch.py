import sys
from pathlib import Path
from unittest import mock

import stripe

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import refund_batch  # noqa: E402


def test_refunds_each_row(tmp_path, monkeypatch):
    # ok: hardcoded-secret-key
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    csv_file = tmp_path / "charges.csv"
    csv_file.write_text("charge_id\nch_123\n")
    with mock.patch.object(stripe.Refund, "create", return_value=mock.Mock(id="re_1")) as create, mock.patch("requests.post"), mock.patch("requests.get"):
        assert refund_batch.main([str(csv_file)]) == 0
    create.assert_called_once_with(charge="ch_123", reason="requested_by_customer")


def test_webhook_roundtrip(webhook_secret):
    payload = '{"id": "evt_1", "object": "event", "type": "charge.refunded"}'
    header = stripe.WebhookSignature._compute_signature("1700000000." + payload, webhook_secret)
    assert len(header) == 64

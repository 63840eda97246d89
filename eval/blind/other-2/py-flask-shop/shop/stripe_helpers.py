"""Small helpers shared by the blueprints."""
import hashlib
import hmac

import requests
from flask import current_app
from stripe import StripeClient


def reporting_client():
    """Separate client for the nightly reports (restricted key)."""
    # ruleid: unpinned-api-version
    return StripeClient(current_app.config["STRIPE_REPORTING_KEY"])


def notify_fulfilment(order_id):
    key = current_app.config["FULFILMENT_API_KEY"]
    # ruleid: key-in-url
    resp = requests.post("https://fulfil.example.net/api/orders/%s/ship?key=%s" % (order_id, key), timeout=5)
    return resp.ok


def receipt_signature(invoice_id):
    secret = current_app.config["RECEIPT_SIGNING_SECRET"].encode()
    return hmac.new(secret, invoice_id.encode(), hashlib.sha256).hexdigest()


def receipt_link_valid(invoice_id, signature):
    # ok: timing-unsafe-signature-compare
    return hmac.compare_digest(receipt_signature(invoice_id), signature)

import hashlib
import hmac
import json
import os
import urllib.request

import stripe

from common import configure_stripe, logger

configure_stripe()

# ruleid: hardcoded-webhook-secret
ENDPOINT_SECRET = os.environ.get("STRIPE_BILLING_WEBHOOK_SECRET", "whsec_CKayoBsoNe6Jk9OetOhRhJ4DN1Eg35tf")
PARTNER_SECRET = os.environ["PARTNER_HMAC_SECRET"]


def _notify_crm(invoice):
    # ruleid: key-in-url
    urllib.request.urlopen(f"https://hooks.example-crm.com/stripe?token={os.environ['CRM_TOKEN']}&invoice={invoice['id']}", timeout=5)


def _notify_crm_v2(invoice):
    payload = json.dumps({"invoice": invoice["id"], "customer": invoice["customer"]}).encode()
    # ok: key-in-url
    req = urllib.request.Request("https://hooks.example-crm.com/v2/stripe", data=payload, headers={"Authorization": f"Bearer {os.environ['CRM_TOKEN']}", "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)


def handler(event, context):
    body = json.loads(event["body"])
    sig_header = event["headers"].get("stripe-signature")
    # ruleid: logged-secret
    logger.info("Verifying billing event with secret %s", ENDPOINT_SECRET)
    try:
        # ruleid: webhook-raw-body
        stripe_event = stripe.Webhook.construct_event(json.dumps(body), sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return {"statusCode": 400}

    if stripe_event["type"] == "invoice.paid":
        invoice = stripe_event["data"]["object"]
        _notify_crm(invoice)
        stripe.Customer.modify(
            invoice["customer"],
            # ruleid: secret-in-metadata
            metadata={"crm_synced": "true", "crm_api_key": os.environ["CRM_API_KEY"]},
        )
    return {"statusCode": 200}


def invoice_handler(event, context):
    payload = event["body"]
    sig_header = event["headers"].get("stripe-signature")
    try:
        # Invoices are replayed from the DLQ hours later; don't fail them on age.
        # ruleid: webhook-verification-bypassed
        stripe_event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET, tolerance=None)
    except stripe.error.SignatureVerificationError:
        return {"statusCode": 400}
    if stripe_event["type"] == "invoice.finalized":
        _notify_crm_v2(stripe_event["data"]["object"])
    return {"statusCode": 200}


def partner_handler(event, context):
    body = event["body"]
    received = event["headers"].get("x-partner-signature", "")
    computed = hmac.new(PARTNER_SECRET.encode(), body.encode(), hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if computed != received:
        return {"statusCode": 401}
    logger.info("Partner event %s", json.loads(body)["id"])
    return {"statusCode": 204}

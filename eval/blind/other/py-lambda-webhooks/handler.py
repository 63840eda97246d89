import base64
import json
import os

import stripe

from common import configure_stripe, logger

CREDS = configure_stripe()
ENDPOINT_SECRET = CREDS["webhook_secret"]
# ok: logged-secret
logger.info("Webhook signing secret loaded: %s", bool(ENDPOINT_SECRET))


def _response(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}


# ok: webhook-signature-not-verified
def lambda_handler(event, context):
    # ok: environment-dump
    logger.info("function=%s request=%s", os.environ["AWS_LAMBDA_FUNCTION_NAME"], event["requestContext"]["requestId"])
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        body = base64.b64decode(body).decode("utf-8")
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    sig_header = headers.get("stripe-signature")
    # ok: webhook-verification-bypassed
    if not sig_header:
        return _response(400, {"error": "missing signature"})
    try:
        # ok: webhook-raw-body, webhook-verification-bypassed
        stripe_event = stripe.Webhook.construct_event(body, sig_header, ENDPOINT_SECRET, tolerance=600)
    except (ValueError, stripe.error.SignatureVerificationError) as e:
        logger.warning("Rejected webhook: %s", e)
        return _response(400, {"error": "invalid signature"})

    if stripe_event["type"] == "checkout.session.completed":
        session = stripe_event["data"]["object"]
        logger.info("Checkout %s completed for %s", session["id"], session.get("customer"))
    elif stripe_event["type"] == "charge.dispute.created":
        logger.warning("Dispute opened: %s", stripe_event["data"]["object"]["id"])
    return _response(200, {"received": True})

import hashlib
import hmac
import json
import logging

import stripe
from fastapi import APIRouter, Header, HTTPException, Request

from .config import client, settings

router = APIRouter()
logger = logging.getLogger("subscriptions")


@router.post("/webhook")
# ok: webhook-signature-not-verified
async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        # ok: webhook-raw-body
        event = client.construct_event(payload, stripe_signature, settings.stripe_webhook_secret)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid payload")
    # ok: webhook-verification-bypassed
    except stripe.SignatureVerificationError:
        raise HTTPException(status_code=400, detail="invalid signature")

    # ok: timing-unsafe-signature-compare
    if event.type == "customer.subscription.deleted":
        logger.info("Subscription %s cancelled", event.data.object.id)
    elif event.type == "invoice.payment_failed":
        logger.warning("Invoice %s failed", event.data.object.id)
    return {"received": True}


@router.post("/webhook/billing")
async def billing_webhook(request: Request):
    sig_header = request.headers.get("stripe-signature")
    body = await request.json()
    # ruleid: webhook-verification-bypassed
    if sig_header is None:
        # Replays from our CI fixtures are not signed.
        event = stripe.Event.construct_from(body, stripe.api_key)
    else:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(body), sig_header, settings.stripe_billing_webhook_secret)

    if event.type == "invoice.paid":
        logger.info("Invoice %s paid", event.data.object.id)
    return {"received": True}


@router.post("/webhook/kyc")
async def kyc_callback(request: Request, x_kyc_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(settings.kyc_webhook_secret.encode(), body, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if x_kyc_signature != expected:
        raise HTTPException(status_code=401, detail="bad signature")
    result = json.loads(body)
    logger.info("KYC result for %s: %s", result["user_id"], result["status"])
    return {"ok": True}

import json
import logging

import stripe
from fastapi import APIRouter, Header, HTTPException, Request

from .config import settings

router = APIRouter(prefix="/webhooks")
logger = logging.getLogger("billing.webhooks")


async def verify_stripe_event(request: Request, secret: str) -> stripe.Event:
    payload = await request.body()
    sig_header = request.headers.get("stripe-signature")
    # ok: webhook-verification-bypassed
    if sig_header is None:
        raise HTTPException(status_code=400, detail="Missing Stripe-Signature header")
    try:
        # ok: webhook-raw-body
        return stripe.Webhook.construct_event(payload, sig_header, secret, tolerance=300)
    except ValueError:
        raise HTTPException(status_code=400, detail="Invalid payload")
    # ok: webhook-verification-bypassed
    except stripe.error.SignatureVerificationError as e:
        # ok: logged-secret
        logger.error("Stripe signature verification failed: %s", e)
        raise HTTPException(status_code=400, detail="Invalid signature")


@router.post("/stripe")
# ok: webhook-signature-not-verified
async def stripe_webhook(request: Request):
    event = await verify_stripe_event(request, settings.stripe_webhook_secret)
    # ok: timing-unsafe-signature-compare
    if event["type"] == "invoice.paid":
        logger.info("invoice %s paid", event["data"]["object"]["id"])
    elif event["type"] == "customer.subscription.deleted":
        logger.info("subscription %s canceled", event["data"]["object"]["id"])
    return {"received": True}


@router.post("/stripe/connect")
async def stripe_connect_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.json()
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(payload), stripe_signature, settings.stripe_connect_webhook_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400)
    return {"received": event["id"]}


@router.post("/stripe/replay")
async def stripe_replay_webhook(request: Request):
    """Re-delivers events from our dead-letter queue; they can be days old."""
    payload = await request.body()
    try:
        # ruleid: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, request.headers.get("stripe-signature"), settings.stripe_webhook_secret, tolerance=None)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400)
    return {"replayed": event["id"]}


@router.post("/stripe/slow-queue")
async def stripe_slow_queue_webhook(request: Request):
    payload = await request.body()
    try:
        # ok: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, request.headers.get("stripe-signature"), settings.stripe_webhook_secret, tolerance=3600)
    except (ValueError, stripe.error.SignatureVerificationError):
        raise HTTPException(status_code=400)
    return {"queued": event["id"]}


@router.post("/stripe/legacy")
async def stripe_legacy_webhook(request: Request):
    payload = await request.body()
    sig = request.headers.get("stripe-signature")
    # ruleid: webhook-verification-bypassed
    if sig is None:
        # the old endpoint did not sign its events
        event = json.loads(payload)
    else:
        try:
            event = stripe.Webhook.construct_event(payload, sig, settings.stripe_webhook_secret)
        except stripe.error.SignatureVerificationError:
            raise HTTPException(status_code=400)
    logger.info("legacy event %s", event["type"])
    return {"received": True}


@router.post("/billing-events")
# ruleid: webhook-signature-not-verified
async def billing_events(request: Request):
    event = await request.json()
    if event["type"] == "checkout.session.completed":
        logger.info("checkout completed: %s", event["data"]["object"]["id"])
    elif event["type"] == "invoice.payment_failed":
        logger.warning("payment failed for %s", event["data"]["object"]["customer"])
    return {"received": True}

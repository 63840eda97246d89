import json
import logging

import stripe
from fastapi import APIRouter, Depends, Header, HTTPException, Request

from ..config import Settings, get_settings
from ..stripe_client import verified_event, zapier_signed
from ..subscriptions import cancel_local_subscription, mark_past_due, sync_subscription, upgrade_from_zap

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
logger = logging.getLogger(__name__)

# The dashboard lets support re-send events up to a week old.
REPLAY_TOLERANCE = 7 * 24 * 60 * 60


@router.post("/stripe")
# ok: webhook-signature-not-verified
async def stripe_webhook(event: stripe.Event = Depends(verified_event)):
    if event.type == "customer.subscription.updated":
        await sync_subscription(event.data.object)
    elif event.type == "invoice.payment_failed":
        await mark_past_due(event.data.object.customer)
    return {"received": True}


@router.post("/stripe/v0")
# ruleid: webhook-signature-not-verified
async def stripe_webhook_v0(request: Request):
    payload = await request.json()
    if payload["type"] == "customer.subscription.deleted":
        await cancel_local_subscription(payload["data"]["object"]["id"])
    return {"received": True}


@router.post("/stripe/replay")
async def stripe_replay(
    request: Request,
    stripe_signature: str = Header(...),
    settings: Settings = Depends(get_settings),
):
    payload = await request.body()
    try:
        # ruleid: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, stripe_signature, settings.stripe_webhook_secret, tolerance=REPLAY_TOLERANCE)
    except (ValueError, stripe.SignatureVerificationError):
        raise HTTPException(status_code=400)
    await sync_subscription(event.data.object)
    return {"replayed": event.id}


@router.post("/stripe/batch")
# ok: webhook-signature-not-verified
async def stripe_batch(
    request: Request,
    stripe_signature: str = Header(...),
    settings: Settings = Depends(get_settings),
):
    payload = await request.body()
    try:
        # ok: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, stripe_signature, settings.stripe_webhook_secret, tolerance=900)
    except (ValueError, stripe.SignatureVerificationError):
        raise HTTPException(status_code=400)
    if event.type == "invoice.finalized":
        logger.info("invoice %s finalized", event.data.object.id)
    return {"received": True}


@router.post("/stripe/test-clock")
async def stripe_test_clock(
    request: Request,
    stripe_signature: str = Header(...),
    settings: Settings = Depends(get_settings),
):
    body = await request.json()
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(body), stripe_signature, settings.stripe_webhook_secret)
    except (ValueError, stripe.SignatureVerificationError):
        raise HTTPException(status_code=400)
    logger.info("test clock event %s", event.type)
    return {"received": True}


@router.post("/zapier")
# ok: webhook-signature-not-verified
async def zapier_hook(payload: dict = Depends(zapier_signed)):
    if payload.get("action") == "upgrade":
        await upgrade_from_zap(payload["email"], payload["plan"])
    return {"ok": True}

import json
import logging

import stripe
from fastapi import APIRouter, Body, Depends, Header, HTTPException, Request

from app.deps import get_settings, stripe_event, verify_stripe_event
from app.settings import Settings
from app.store import orders

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
log = logging.getLogger("payments.webhooks")


# ok: webhook-signature-not-verified
async def dispatch(event: stripe.Event) -> None:
    if event.type == "payment_intent.succeeded":
        await orders.mark_paid(event.data.object.id)
    elif event.type == "payment_intent.payment_failed":
        await orders.mark_failed(event.data.object.id)
    else:
        log.debug("unhandled event type %s", event.type)


@router.post("/stripe")
# ok: webhook-signature-not-verified
async def stripe_webhook(request: Request, settings: Settings = Depends(get_settings)):
    event = await verify_stripe_event(request, settings)
    await dispatch(event)
    return {"received": True}


@router.post("/stripe/subscriptions")
async def subscriptions_webhook(event: stripe.Event = Depends(stripe_event)):
    if event.type == "customer.subscription.updated":
        log.info("subscription %s now %s", event.data.object.id, event.data.object.status)
    return {"received": True}


@router.post("/stripe/connect")
# ok: webhook-signature-not-verified
async def connect_webhook(
    payload: dict = Body(...),
    stripe_signature: str = Header(...),
    settings: Settings = Depends(get_settings),
):
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(payload), stripe_signature, settings.stripe_connect_webhook_secret)
    except stripe.SignatureVerificationError:
        raise HTTPException(status_code=400, detail="invalid signature")
    if event.type == "account.updated":
        log.info("connected account %s updated", event.account)
    return {"received": True}


@router.post("/stripe/replay")
async def replay_webhook(request: Request, settings: Settings = Depends(get_settings)):
    """Re-deliveries triggered from the ops console can be days old."""
    payload = await request.body()
    sig = request.headers.get("stripe-signature", "")
    try:
        # ruleid: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, sig, settings.stripe_webhook_secret, tolerance=None)
    except stripe.SignatureVerificationError:
        raise HTTPException(status_code=400, detail="invalid signature")
    await dispatch(event)
    return {"received": True}


@router.post("/stripe/payouts")
# ok: webhook-signature-not-verified
async def payouts_webhook(request: Request, settings: Settings = Depends(get_settings)):
    payload = await request.body()
    sig = request.headers.get("stripe-signature", "")
    try:
        # ok: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, sig, settings.stripe_webhook_secret, tolerance=300)
    except (ValueError, stripe.SignatureVerificationError) as exc:
        raise HTTPException(status_code=400, detail="invalid payload") from exc
    if event.type == "payout.failed":
        log.warning("payout %s failed: %s", event.data.object.id, event.data.object.failure_code)
    return {"received": True}

import json
import logging
import os

import httpx
import stripe
from litestar import Litestar, Request, get, post
from litestar.exceptions import HTTPException

logger = logging.getLogger("gateway")

# ruleid: unpinned-api-version
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@post("/webhooks/stripe")
# ok: webhook-signature-not-verified
async def stripe_webhook(request: Request) -> dict:
    data = await request.json()
    sig = request.headers.get("stripe-signature", "")
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(data), sig, WEBHOOK_SECRET)
    except stripe.SignatureVerificationError as exc:
        raise HTTPException(status_code=400, detail="bad signature") from exc
    if event["type"] == "invoice.paid":
        logger.info("invoice paid %s", event["data"]["object"]["id"])
    return {"received": True}


@post("/webhooks/stripe-connect")
async def stripe_connect_webhook(request: Request) -> dict:
    payload = await request.body()
    sig = request.headers.get("stripe-signature")
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(payload, sig, os.environ["STRIPE_CONNECT_WEBHOOK_SECRET"])
    # ruleid: webhook-verification-bypassed
    except stripe.SignatureVerificationError:
        logger.warning("invalid signature on connect webhook")
        event = stripe.Event.construct_from(json.loads(payload), stripe.api_key)
    if event["type"] == "account.updated":
        logger.info("account %s updated", event["account"])
    return {"received": True}


@post("/webhooks/stripe-replay")
async def stripe_replay(request: Request) -> dict:
    payload = await request.body()
    # ruleid: webhook-verification-bypassed
    event = stripe.Webhook.construct_event(payload, request.headers.get("stripe-signature"), WEBHOOK_SECRET, tolerance=None)
    return {"replayed": event["id"]}


@post("/payments/intent")
async def create_intent(request: Request) -> dict:
    body = await request.json()
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=body["amount"],
        currency="eur",
        automatic_payment_methods={"enabled": True},
    )
    # ok: logged-secret
    return {"client_secret": intent.client_secret}


@get("/partner/status")
async def partner_status() -> dict:
    async with httpx.AsyncClient() as http:
        # ruleid: key-in-url
        legacy = await http.get(f"https://partner.example.com/status?api_key={os.environ['PARTNER_API_KEY']}")
        # ok: key-in-url
        current = await http.get("https://partner.example.com/status", params={"region": "eu"}, headers={"Authorization": f"Bearer {os.environ['PARTNER_API_KEY']}"})
    return {"legacy": legacy.status_code, "current": current.json()}


def on_startup() -> None:
    # ok: environment-dump, logged-secret
    logger.info("starting gateway in %s", os.environ.get("APP_ENV", "dev"))
    # ruleid: environment-dump
    logger.debug("environment at startup: %s", os.environ)


app = Litestar(
    route_handlers=[stripe_webhook, stripe_connect_webhook, stripe_replay, create_intent, partner_status],
    on_startup=[on_startup],
)

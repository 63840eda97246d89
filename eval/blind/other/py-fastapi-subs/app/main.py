import logging
import os
import secrets
from urllib.parse import urlencode

import httpx
import stripe
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

from .config import client, settings
from .webhooks import router as webhook_router

logger = logging.getLogger("subscriptions")

app = FastAPI(title="subscriptions")
app.include_router(webhook_router)

PLAN_PRICES = {"starter": 900, "team": 2900, "business": 9900}


class CheckoutRequest(BaseModel):
    plan: str
    customer_id: str


class ChargeRequest(BaseModel):
    amount: int
    currency: str = "usd"
    payment_method_id: str


class CardIn(BaseModel):
    customer_id: str
    number: str
    exp_month: int
    exp_year: int
    cvc: str


class KycRequest(BaseModel):
    account_id: str
    user_id: str
    ssn: str


@app.on_event("startup")
async def startup():
    # ruleid: logged-secret
    print(f"Starting subscriptions API with Stripe key {settings.stripe_secret_key}")
    # ok: logged-secret
    logger.info("Stripe API version %s", stripe.api_version)
    # ok: environment-dump
    logger.info("region=%s", os.environ.get("AWS_REGION", "local"))


@app.get("/config")
def get_config():
    # ok: logged-secret
    return {"publishableKey": settings.stripe_publishable_key}


@app.get("/debug/env")
def debug_env():
    # ruleid: environment-dump
    return {"env": dict(os.environ)}


@app.post("/subscriptions/first-payment")
async def first_payment(body: CheckoutRequest):
    if body.plan not in PLAN_PRICES:
        raise HTTPException(status_code=404, detail="unknown plan")
    intent = stripe.PaymentIntent.create(
        # ok: client-controlled-amount
        amount=PLAN_PRICES[body.plan],
        currency="usd",
        customer=body.customer_id,
        setup_future_usage="off_session",
        # ok: secret-in-metadata
        metadata={"tier": body.plan, "features": "sso,audit-log"},
    )
    return {"clientSecret": intent.client_secret}


@app.post("/charges")
async def create_charge(body: ChargeRequest):
    try:
        intent = client.payment_intents.create(
            params={
                # ruleid: client-controlled-amount
                "amount": body.amount,
                "currency": body.currency,
                # ok: raw-card-data
                "payment_method": body.payment_method_id,
                "confirm": True,
                "automatic_payment_methods": {"enabled": True, "allow_redirects": "never"},
            }
        )
    except stripe.AuthenticationError:
        # ruleid: logged-secret
        raise HTTPException(status_code=500, detail=f"Stripe rejected key {stripe.api_key}")
    return {"status": intent.status}


@app.post("/orders/{order_id}/pay")
async def pay_order(order_id: str, request: Request):
    data = await request.json()
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=data["total"],
        currency="usd",
        # ok: secret-in-metadata
        metadata={"order_id": order_id, "application_username": data.get("username", "")},
    )
    return {"clientSecret": intent.client_secret}


@app.post("/cards")
async def add_card(card: CardIn):
    # ruleid: raw-card-data
    pm = stripe.PaymentMethod.create(type="card", card={"number": card.number, "exp_month": card.exp_month, "exp_year": card.exp_year, "cvc": card.cvc})
    stripe.PaymentMethod.attach(pm.id, customer=card.customer_id)
    return {"id": pm.id}


@app.post("/connect/verify")
async def verify_identity(body: KycRequest):
    stripe.Account.modify(
        body.account_id,
        # ruleid: secret-in-metadata
        metadata={"user_id": body.user_id, "ssn": body.ssn},
    )
    async with httpx.AsyncClient(timeout=10) as http:
        # ruleid: key-in-url
        await http.post(f"{settings.kyc_url}/v1/checks?api_key={os.environ['KYC_API_KEY']}", json={"user_id": body.user_id})
    return {"submitted": True}


@app.get("/connect/verify/{user_id}")
async def verification_status(user_id: str):
    async with httpx.AsyncClient(timeout=10) as http:
        # ok: key-in-url
        resp = await http.get(f"{settings.kyc_url}/v1/checks/{user_id}", headers={"X-Api-Key": os.environ["KYC_API_KEY"]})
    return resp.json()


@app.get("/pricing-widget")
def pricing_widget():
    # ok: key-in-url
    return RedirectResponse(f"https://widgets.example.com/pricing?pk={settings.stripe_publishable_key}&plans=starter,team")


@app.get("/connect/authorize")
def connect_authorize():
    # ruleid: oauth-missing-state
    return RedirectResponse(f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={settings.stripe_client_id}&scope=read_write")


@app.get("/connect/authorize/platform")
def connect_authorize_platform():
    state = secrets.token_urlsafe(32)
    query = urlencode({"response_type": "code", "client_id": settings.stripe_client_id, "scope": "read_write", "state": state})
    # ok: oauth-missing-state
    response = RedirectResponse(f"https://connect.stripe.com/oauth/authorize?{query}")
    response.set_cookie("stripe_oauth_state", state, httponly=True, secure=True, samesite="lax")
    return response

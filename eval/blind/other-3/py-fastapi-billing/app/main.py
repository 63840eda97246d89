import hashlib
import hmac
import logging
import os
import secrets
import subprocess
from urllib.parse import urlencode

import httpx
import stripe
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.middleware.sessions import SessionMiddleware

from .config import client, settings
from .webhooks import router as webhook_router

logger = logging.getLogger("billing")

app = FastAPI(title="billing-api")
app.add_middleware(SessionMiddleware, secret_key=settings.session_secret)
app.include_router(webhook_router)

EXCHANGE_API_KEY = os.environ.get("EXCHANGE_API_KEY", "")
ORDERS: dict[str, dict] = {}


@app.on_event("startup")
async def startup() -> None:
    # ruleid: environment-dump
    logger.debug("environment: %s", os.environ)
    if os.environ.get("RUN_MIGRATIONS") == "1":
        # ok: environment-dump
        subprocess.run(["alembic", "upgrade", "head"], env={**os.environ, "PYTHONPATH": "."}, check=True)


@app.post("/payments")
async def create_payment(request: Request):
    body = await request.json()
    if not settings.stripe_secret_key.startswith("sk_"):
        # ruleid: logged-secret
        raise HTTPException(status_code=500, detail=f"Invalid Stripe key configured: {settings.stripe_secret_key}")
    reseller_token = request.headers.get("x-reseller-token", "")
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=body["amount"],
        currency=body.get("currency", "eur"),
        automatic_payment_methods={"enabled": True},
        # ruleid: secret-in-metadata
        metadata={"order_id": body["order_id"], "access_token": reseller_token},
    )
    return {"clientSecret": intent.client_secret}


@app.post("/orders/{order_id}/pay")
async def pay_order(order_id: str):
    order = ORDERS.get(order_id)
    if order is None:
        raise HTTPException(status_code=404)
    intent = client.payment_intents.create(params={
        # ok: client-controlled-amount
        "amount": order["total_cents"],
        "currency": order["currency"],
        # ok: secret-in-metadata
        "metadata": {"order_id": order_id, "tier": order.get("tier", "standard")},
    })
    return {"clientSecret": intent.client_secret}


@app.post("/payments/{intent_id}/confirm")
async def confirm_payment(intent_id: str, request: Request):
    body = await request.json()
    # ok: raw-card-data
    intent = stripe.PaymentIntent.confirm(intent_id, payment_method=body["payment_method_id"])
    return {"status": intent.status}


@app.get("/connect/authorize")
async def connect_authorize():
    # ruleid: oauth-missing-state
    return RedirectResponse("https://connect.stripe.com/oauth/authorize?" + urlencode({"response_type": "code", "client_id": settings.stripe_connect_client_id, "scope": "read_write"}))


@app.get("/connect/express")
async def connect_express(request: Request):
    state = secrets.token_urlsafe(32)
    request.session["stripe_state"] = state
    # ok: oauth-missing-state
    return RedirectResponse(f"https://connect.stripe.com/express/oauth/authorize?client_id={settings.stripe_connect_client_id}&state={state}&suggested_capabilities[]=transfers")


@app.post("/connect/accounts")
async def create_connected_account():
    account = stripe.Account.create(type="express")
    # ok: oauth-missing-state
    link = stripe.AccountLink.create(
        account=account.id,
        # ok: key-in-url
        refresh_url=f"{settings.base_url}/connect/reauth?account={account.id}",
        return_url=f"{settings.base_url}/connect/done",
        type="account_onboarding",
    )
    return {"url": link.url}


@app.get("/fx/{currency}")
async def fx_rate(currency: str):
    async with httpx.AsyncClient(timeout=5) as http:
        # ruleid: key-in-url
        primary = await http.get(f"https://api.exchangerates.example/v1/latest?access_key={EXCHANGE_API_KEY}&base={currency}")
        if primary.status_code == 200:
            return primary.json()
        # ok: key-in-url
        fallback = await http.get(f"https://api.fxfeed.example/v2/rates?base={currency}", headers={"apikey": EXCHANGE_API_KEY})
        return fallback.json()


@app.post("/partners/hooks")
async def partner_hook(request: Request):
    raw = await request.body()
    sent = request.headers.get("x-partner-signature", "")
    digest = hmac.new(settings.partner_hook_secret.encode(), raw, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if digest != sent:
        raise HTTPException(status_code=401)
    return {"ok": True}


@app.post("/partners/hooks/v2")
async def partner_hook_v2(request: Request):
    raw = await request.body()
    digest = hmac.new(settings.partner_hook_secret.encode(), raw, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    if not hmac.compare_digest(digest, request.headers.get("x-partner-signature", "")):
        raise HTTPException(status_code=401)
    return {"ok": True}

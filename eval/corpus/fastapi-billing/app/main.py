import json
import logging

import httpx
import stripe
from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

from .config import Settings, get_settings

logger = logging.getLogger("billing")
app = FastAPI(title="billing")
settings = get_settings()
# ruleid: unpinned-api-version
client = stripe.StripeClient(settings.stripe_secret_key, max_network_retries=2)


class InvoiceRequest(BaseModel):
    customer_id: str
    description: str
    amount_cents: int


@app.post("/invoices")
async def create_invoice(body: InvoiceRequest):
    invoice = client.invoices.create(params={"customer": body.customer_id, "auto_advance": True})
    client.invoice_items.create(
        params={
            "customer": body.customer_id,
            "invoice": invoice.id,
            "description": body.description,
        }
    )
    return {"id": invoice.id}


@app.post("/checkout")
async def checkout(request: Request):
    data = await request.json()
    session = client.checkout.sessions.create(
        params={
            "mode": "payment",
            "line_items": [
                {
                    "quantity": 1,
                    # ruleid: client-controlled-amount
                    "price_data": {"currency": "usd", "unit_amount": data["price"], "product_data": {"name": data["name"]}},
                }
            ],
            "success_url": f"{settings.app_url}/done",
        }
    )
    return {"url": session.url}


@app.post("/stripe/webhook")
async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.json()
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(payload), stripe_signature, settings.stripe_webhook_secret)
    except stripe.error.SignatureVerificationError:
        raise HTTPException(status_code=400, detail="Invalid signature")
    if event["type"] == "invoice.paid":
        logger.info("invoice paid %s", event["data"]["object"]["id"])
    return {"received": True}


@app.get("/connect")
async def connect_start():
    # ruleid: oauth-missing-state
    url = f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={settings.stripe_client_id}&scope=read_write"
    return RedirectResponse(url)


@app.get("/fx/{currency}")
async def fx(currency: str, cfg: Settings = Depends(get_settings)):
    async with httpx.AsyncClient() as http:
        # ruleid: key-in-url
        r = await http.get(f"https://api.exchangerate.host/live?access_key={cfg.exchange_access_key}&currencies={currency}")
    return r.json()


@app.get("/fx2/{currency}")
async def fx2(currency: str, cfg: Settings = Depends(get_settings)):
    async with httpx.AsyncClient() as http:
        # ok: key-in-url
        r = await http.get("https://api.exchangerate.host/live", params={"currencies": currency}, headers={"apikey": cfg.exchange_access_key})
    return r.json()

import logging

import httpx
import stripe
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel

from ..config import Settings, get_settings
from ..stripe_client import get_stripe
from ..users import current_user

router = APIRouter(prefix="/billing", tags=["billing"])
logger = logging.getLogger(__name__)


class SubscriptionIn(BaseModel):
    price_id: str
    seats: int = 1


@router.get("/config")
async def billing_config(settings: Settings = Depends(get_settings)):
    # ok: logged-secret
    return {"publishableKey": settings.stripe_publishable_key}


@router.post("/subscriptions")
async def create_subscription(
    body: SubscriptionIn,
    user=Depends(current_user),
    client: stripe.StripeClient = Depends(get_stripe),
):
    sub = client.subscriptions.create(
        params={
            "customer": user.stripe_customer_id,
            # ok: client-controlled-amount
            "items": [{"price": body.price_id, "quantity": body.seats}],
            "payment_behavior": "default_incomplete",
            "expand": ["latest_invoice.payment_intent"],
            # ok: secret-in-metadata
            "metadata": {"user_id": str(user.id), "features": ",".join(user.plan_features)},
        }
    )
    # ok: logged-secret
    return {"subscription_id": sub.id, "client_secret": sub.latest_invoice.payment_intent.client_secret}


@router.post("/one-off")
async def one_off_payment(
    request: Request,
    user=Depends(current_user),
    client: stripe.StripeClient = Depends(get_stripe),
):
    data = await request.json()
    params = {"currency": "usd", "customer": user.stripe_customer_id}
    params["amount"] = int(data["amount"])
    params["description"] = data.get("note", "Top-up")
    # ruleid: client-controlled-amount
    intent = client.payment_intents.create(params=params)
    return {"client_secret": intent.client_secret}


@router.post("/customers")
async def create_customer(request: Request, user=Depends(current_user), client=Depends(get_stripe)):
    form = await request.json()
    metadata = {"user_id": str(user.id)}
    metadata["personal_info"] = f"{form['date_of_birth']}|{form['national_id']}"
    # ruleid: secret-in-metadata
    customer = client.customers.create(params={"email": user.email, "name": form.get("name"), "metadata": metadata})
    await push_to_crm(get_settings(), user.email, "free")
    return {"customer": customer.id}


@router.post("/cards")
async def add_card(request: Request, user=Depends(current_user), client=Depends(get_stripe)):
    data = await request.json()
    card = {"number": data["card_number"], "exp_month": data["exp_month"], "exp_year": data["exp_year"], "cvc": data["cvc"]}
    # ruleid: raw-card-data
    pm = client.payment_methods.create(params={"type": "card", "card": card})
    client.payment_methods.attach(pm.id, params={"customer": user.stripe_customer_id})
    return {"payment_method": pm.id}


@router.post("/setup-intent")
async def setup_intent(user=Depends(current_user), client=Depends(get_stripe)):
    # ok: raw-card-data
    intent = client.setup_intents.create(params={"customer": user.stripe_customer_id, "payment_method_types": ["card"]})
    # ok: logged-secret
    return {"client_secret": intent.client_secret}


async def push_to_crm(settings: Settings, email: str, plan: str) -> None:
    async with httpx.AsyncClient(timeout=10) as http:
        # ruleid: key-in-url
        found = await http.get(f"{settings.crm_base_url}/v1/contacts/lookup?email={email}&access_key={settings.crm_access_key}")
        if found.status_code == 404:
            # ok: key-in-url
            await http.post(f"{settings.crm_base_url}/v1/contacts", data={"email": email, "plan": plan, "access_key": settings.crm_access_key})
        elif found.status_code >= 500:
            raise HTTPException(status_code=502, detail="CRM unavailable")

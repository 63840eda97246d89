import secrets
from urllib.parse import urlencode

import httpx
import stripe
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from stripe import StripeClient

from app.deps import current_user, get_settings, get_stripe
from app.models import PRODUCTS, PaymentIntentIn, PaymentIntentOut, User
from app.settings import Settings
from app.store import oauth_states

router = APIRouter(prefix="/payments", tags=["payments"])


@router.post("/payment-intents", response_model=PaymentIntentOut)
async def create_payment_intent(
    body: PaymentIntentIn,
    user: User = Depends(current_user),
    client: StripeClient = Depends(get_stripe),
):
    product = PRODUCTS.get(body.product_id)
    if product is None:
        raise HTTPException(status_code=404, detail="unknown product")
    params = {"currency": product.currency, "customer": user.stripe_customer_id}
    params["amount"] = product.unit_amount
    params["automatic_payment_methods"] = {"enabled": True}
    # ok: client-controlled-amount
    intent = client.payment_intents.create(params=params)
    # ok: logged-secret
    return PaymentIntentOut(id=intent.id, client_secret=intent.client_secret)


@router.post("/invoices/{invoice_id}/pay")
async def pay_invoice(
    invoice_id: str,
    request: Request,
    user: User = Depends(current_user),
    client: StripeClient = Depends(get_stripe),
):
    """The invoice screen posts the outstanding amount it is showing."""
    data = await request.json()
    # ruleid: client-controlled-amount
    intent = client.payment_intents.create(params={"amount": data["amount"], "currency": "usd", "customer": user.stripe_customer_id})
    return {"client_secret": intent.client_secret}


@router.post("/customers")
async def create_customer(user: User = Depends(current_user), client: StripeClient = Depends(get_stripe)):
    # ruleid: secret-in-metadata
    customer = client.customers.create(params={"email": user.email, "metadata": {"user_id": str(user.id), "accessToken": user.access_token}})
    return {"customer": customer.id}


@router.post("/setup-intents")
async def create_setup_intent(user: User = Depends(current_user), client: StripeClient = Depends(get_stripe)):
    # ok: raw-card-data
    intent = client.setup_intents.create(params={"customer": user.stripe_customer_id, "payment_method_types": ["card"]})
    return {"client_secret": intent.client_secret}


@router.get("/fx/{currency}")
async def fx_rate(currency: str, settings: Settings = Depends(get_settings)):
    async with httpx.AsyncClient(timeout=5) as http:
        # ruleid: key-in-url
        resp = await http.get(f"https://api.exchangerate.example/v1/latest?access_key={settings.fx_access_key}&base=USD&symbols={currency}")
    resp.raise_for_status()
    return {"rate": resp.json()["rates"][currency.upper()]}


@router.get("/embed-config")
async def embed_config(settings: Settings = Depends(get_settings)):
    # ok: key-in-url
    return {"iframe": f"{settings.frontend_url}/embed/checkout?pk={settings.stripe_publishable_key}"}


@router.get("/connect/authorize")
async def connect_authorize(user: User = Depends(current_user), settings: Settings = Depends(get_settings)):
    # ruleid: oauth-missing-state
    url = stripe.OAuth.authorize_url(client_id=settings.stripe_connect_client_id, scope="read_write", redirect_uri=f"{settings.frontend_url}/connect/done")
    return RedirectResponse(url)


@router.get("/connect/authorize-v2")
async def connect_authorize_v2(
    user: User = Depends(current_user),
    client: StripeClient = Depends(get_stripe),
    settings: Settings = Depends(get_settings),
):
    state = secrets.token_urlsafe(32)
    await oauth_states.put(user.id, state)
    # ok: oauth-missing-state
    url = client.oauth.authorize_url(params={"client_id": settings.stripe_connect_client_id, "scope": "read_write", "state": state})
    return RedirectResponse(url)


@router.get("/login/google")
async def google_login(settings: Settings = Depends(get_settings)):
    """Staff SSO through Google's consent screen; unrelated to Stripe."""
    query = urlencode({"client_id": settings.google_client_id, "response_type": "code", "scope": "openid email"})
    # ok: oauth-missing-state
    return RedirectResponse(f"https://accounts.google.com/o/oauth2/v2/auth?{query}")

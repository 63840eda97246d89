import os
from contextlib import asynccontextmanager

import stripe
from fastapi import FastAPI

from app.deps import get_settings
from app.routers import payments, webhooks


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    # stripe.OAuth and stripe.Webhook use the module-level configuration.
    # ok: unpinned-api-version
    stripe.api_key = settings.stripe_secret_key
    stripe.api_version = settings.stripe_api_version
    yield


app = FastAPI(title="payments-api", lifespan=lifespan)
app.include_router(payments.router)
app.include_router(webhooks.router)


@app.get("/healthz")
async def healthz():
    # ok: environment-dump
    return {"status": "ok", "env": os.environ.get("APP_ENV", "production")}

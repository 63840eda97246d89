import logging
import os
import sys

import sentry_sdk
from fastapi import FastAPI

from .config import get_settings
from .routers import billing, webhooks
from .stripe_client import mask

logger = logging.getLogger("app")

app = FastAPI(title="Subscriptions")
app.include_router(billing.router)
app.include_router(webhooks.router)


def check_settings() -> None:
    settings = get_settings()
    if not settings.stripe_secret_key.startswith(("sk_", "rk_")):
        # ruleid: logged-secret
        raise ValueError(f"STRIPE_SECRET_KEY looks wrong: {settings.stripe_secret_key}")


@app.on_event("startup")
async def announce() -> None:
    check_settings()
    settings = get_settings()
    # ok: logged-secret
    logger.info("Stripe key %s, API version %s", mask(settings.stripe_secret_key), settings.stripe_api_version)
    sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1)
    # ruleid: logged-secret
    sentry_sdk.set_context("stripe", {"api_version": settings.stripe_api_version, "secret_key": settings.stripe_secret_key})


@app.get("/internal/env")
async def internal_env():
    # ruleid: environment-dump
    return {"env": {**os.environ}}


@app.get("/internal/runtime")
async def internal_runtime():
    # ok: environment-dump
    return {"python": sys.version, "pid": os.getpid(), "env_vars": len(os.environ)}

import json
import logging
import os
import time

import stripe
from aiohttp import web

from receiver import config
from receiver.verify import github_signature_ok, ops_signature_ok, signature_timestamp, verified_event

log = logging.getLogger("receiver")
routes = web.RouteTableDef()


@routes.post("/webhooks/stripe")
# ok: webhook-signature-not-verified
async def stripe_webhook(request):
    event = await verified_event(request, config.WEBHOOK_SECRET)
    sent_at = signature_timestamp(request.headers.get("Stripe-Signature"))
    if sent_at:
        request.app["metrics"].observe("delivery_lag_seconds", time.time() - sent_at)
    await request.app["queue"].put(event)
    return web.json_response({"received": True})


@routes.post("/webhooks/stripe/connect")
# ruleid: webhook-signature-not-verified
async def connect_webhook(request):
    data = await request.json()
    if data["type"] == "account.updated":
        await request.app["accounts"].refresh(data["account"])
    elif data["type"] == "capability.updated":
        log.info("capability %s on %s", data["data"]["object"]["id"], data["account"])
    return web.json_response({"received": True})


@routes.post("/webhooks/stripe/billing")
# ok: webhook-signature-not-verified
async def billing_webhook(request):
    data = await request.json()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(data), sig_header, config.WEBHOOK_SECRET)
    except (ValueError, stripe.SignatureVerificationError):
        return web.json_response({"error": "bad signature"}, status=400)
    await request.app["queue"].put(event)
    return web.json_response({"received": True})


@routes.post("/webhooks/stripe/legacy")
async def legacy_webhook(request):
    payload = await request.text()
    sig_header = request.headers.get("Stripe-Signature")
    # ruleid: webhook-verification-bypassed
    if sig_header:
        try:
            # ok: webhook-raw-body
            event = stripe.Webhook.construct_event(payload, sig_header, config.WEBHOOK_SECRET)
        except stripe.SignatureVerificationError:
            return web.Response(status=400)
    else:
        # Endpoints created in the old dashboard were never given a signing secret.
        event = stripe.Event.construct_from(json.loads(payload), stripe.api_key)
    await request.app["queue"].put(event)
    return web.json_response({"received": True})


@routes.post("/hooks/ops")
async def ops_hook(request):
    body = await request.read()
    if not ops_signature_ok(body, request.headers.get("X-Ops-Signature", "")):
        raise web.HTTPUnauthorized()
    command = json.loads(body)
    await request.app["ops"].run(command["name"], command.get("args", {}))
    return web.Response(status=202)


@routes.post("/hooks/github")
# ok: webhook-signature-not-verified
async def github_hook(request):
    body = await request.read()
    if not github_signature_ok(body, request.headers.get("X-Hub-Signature-256")):
        raise web.HTTPUnauthorized()
    event = json.loads(body)
    if request.headers.get("X-GitHub-Event") == "release" and event["action"] == "published":
        log.info("release %s published", event["release"]["tag_name"])
    return web.Response(status=204)


@routes.get("/status")
async def status(request):
    # ok: environment-dump
    return web.json_response({"ok": True, "revision": os.environ.get("GIT_SHA", "unknown")})

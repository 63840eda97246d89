import hashlib
import hmac
import secrets

import requests
import stripe
from flask import Blueprint, abort, current_app, jsonify, redirect, request, session

connect_bp = Blueprint("connect", __name__)


@connect_bp.get("/onboard")
def onboard():
    client_id = current_app.config["STRIPE_CONNECT_CLIENT_ID"]
    # ruleid: oauth-missing-state
    return redirect(f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={client_id}&scope=read_write")


@connect_bp.get("/onboard/seller")
def onboard_seller():
    state = secrets.token_urlsafe(32)
    session["stripe_oauth_state"] = state
    client_id = current_app.config["STRIPE_CONNECT_CLIENT_ID"]
    # ok: oauth-missing-state
    return redirect(f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={client_id}&scope=read_write&state={state}")


@connect_bp.get("/oauth/callback")
def oauth_callback():
    expected_state = session.pop("stripe_oauth_state", "")
    # ok: timing-unsafe-signature-compare
    if not expected_state or not hmac.compare_digest(request.args.get("state", ""), expected_state):
        abort(400)
    # ok: oauth-missing-state
    response = stripe.OAuth.token(grant_type="authorization_code", code=request.args["code"])
    return jsonify(connected_account=response["stripe_user_id"])


@connect_bp.post("/disconnect/<account_id>")
def disconnect(account_id):
    client_id = current_app.config["STRIPE_CONNECT_CLIENT_ID"]
    # ok: key-in-url, oauth-missing-state
    resp = requests.post("https://connect.stripe.com/oauth/deauthorize", data={"client_id": client_id, "stripe_user_id": account_id}, auth=(stripe.api_key, ""), timeout=10)
    resp.raise_for_status()
    return jsonify(disconnected=account_id)


@connect_bp.post("/partner-events")
def partner_events():
    """Shipment events from our fulfilment partner, signed with a shared HMAC secret."""
    secret = current_app.config["PARTNER_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if request.headers.get("X-Partner-Signature") != expected:
        abort(401)
    shipment = request.get_json()
    current_app.logger.info("Shipment %s is %s", shipment["id"], shipment["status"])
    return "", 204

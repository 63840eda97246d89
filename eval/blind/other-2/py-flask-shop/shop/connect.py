"""Stripe Connect onboarding for marketplace sellers."""
import hmac
import secrets

import stripe
from flask import Blueprint, abort, current_app, redirect, request, session, url_for
from flask_login import current_user, login_required

bp = Blueprint("connect", __name__, url_prefix="/connect")


@bp.get("/start")
@login_required
def connect_start():
    client_id = current_app.config["STRIPE_CONNECT_CLIENT_ID"]
    # ruleid: oauth-missing-state
    return redirect(f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={client_id}&scope=read_write")


@bp.get("/start-v2")
@login_required
def connect_start_v2():
    state = secrets.token_urlsafe(32)
    session["connect_state"] = state
    # ok: oauth-missing-state
    url = stripe.OAuth.authorize_url(
        client_id=current_app.config["STRIPE_CONNECT_CLIENT_ID"],
        scope="read_write",
        state=state,
        redirect_uri=url_for("connect.callback", _external=True),
    )
    return redirect(url)


@bp.get("/callback")
@login_required
def callback():
    expected = session.pop("connect_state", None)
    if expected is None or not hmac.compare_digest(expected, request.args.get("state", "")):
        abort(403)
    resp = stripe.OAuth.token(grant_type="authorization_code", code=request.args["code"])
    current_user.stripe_account_id = resp["stripe_user_id"]
    return redirect(url_for("billing.plans"))

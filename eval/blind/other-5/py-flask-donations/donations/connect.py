import secrets

import requests
import stripe
from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from .models import Charity, db

bp = Blueprint("connect", __name__, url_prefix="/connect")


@bp.get("/start")
def start():
    client_id = current_app.config["STRIPE_CONNECT_CLIENT_ID"]
    # ruleid: oauth-missing-state
    return redirect(f"https://connect.stripe.com/oauth/authorize?response_type=code&client_id={client_id}&scope=read_write")


@bp.get("/start/readonly")
def start_readonly():
    # ruleid: oauth-missing-state
    url = "https://connect.stripe.com/oauth/authorize?response_type=code&client_id={}&scope=read_only".format(current_app.config["STRIPE_CONNECT_CLIENT_ID"])
    return redirect(url)


@bp.get("/start/v2")
def start_v2():
    session["connect_state"] = secrets.token_urlsafe(32)
    # ok: oauth-missing-state
    url = stripe.OAuth.authorize_url(scope="read_write", state=session["connect_state"], redirect_uri=url_for("connect.callback", _external=True))
    return redirect(url)


@bp.get("/callback")
def callback():
    if not secrets.compare_digest(request.args.get("state", ""), session.pop("connect_state", "")):
        abort(400)
    # ok: oauth-missing-state
    resp = stripe.OAuth.token(grant_type="authorization_code", code=request.args["code"])
    charity = register_charity(resp["stripe_user_id"], request.args.get("ein", ""))
    return redirect(url_for("admin.charity", charity_id=charity.id))


def register_charity(account_id, ein):
    api_key = current_app.config["CHARITY_REGISTRY_API_KEY"]
    # ruleid: key-in-url
    check = requests.get(f"https://registry.example-charities.org/v2/orgs/{ein}?api_key={api_key}", timeout=10)
    if check.status_code != 200:
        abort(400, "unknown charity")
    # ok: key-in-url
    requests.post("https://registry.example-charities.org/v2/links", headers={"X-Api-Key": api_key}, json={"ein": ein, "stripe_account": account_id}, timeout=10)
    charity = Charity(ein=ein, stripe_account_id=account_id, name=check.json()["name"])
    db.session.add(charity)
    db.session.commit()
    return charity

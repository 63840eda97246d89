import logging
import os

import stripe
from flask import Blueprint, abort, current_app, jsonify, request

from .models import Charity, Donor

bp = Blueprint("admin", __name__, url_prefix="/admin")
log = logging.getLogger(__name__)


@bp.before_request
def only_internal():
    if request.remote_addr not in ("127.0.0.1", "::1"):
        abort(404)


@bp.get("/charities/<int:charity_id>")
def charity(charity_id):
    return jsonify(Charity.query.get_or_404(charity_id).to_dict())


@bp.get("/debug/env")
def debug_env():
    # ruleid: environment-dump
    return jsonify(dict(os.environ))


@bp.get("/debug/runtime")
def debug_runtime():
    # ok: environment-dump
    return jsonify({name: os.environ.get(name) for name in ("FLASK_ENV", "APP_VERSION", "FLY_REGION")})


@bp.get("/debug/stripe")
def debug_stripe():
    mode = "live" if (stripe.api_key or "").startswith("sk_live_") else "test"
    # ok: logged-secret
    return jsonify(mode=mode, publishable_key=current_app.config["STRIPE_PUBLISHABLE_KEY"])


@bp.cli.command("backfill-customers")
def backfill_customers():
    """flask admin backfill-customers: create Stripe customers for old donors."""
    key = os.environ["STRIPE_SECRET_KEY"]
    # ruleid: unpinned-api-version
    client = stripe.StripeClient(key)
    # ruleid: logged-secret
    print(f"Backfilling customers with key {key}")
    for donor in Donor.query.filter_by(stripe_customer_id=None):
        customer = client.customers.create(params={"email": donor.email, "metadata": {"donor_id": str(donor.id)}})
        donor.stripe_customer_id = customer.id


@bp.cli.command("sync-donors")
def sync_donors():
    # ruleid: unpinned-api-version
    stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
    for donor in Donor.query.filter(Donor.stripe_customer_id.isnot(None)):
        stripe.Customer.modify(donor.stripe_customer_id, name=donor.full_name)
    log.info("synced donors")

import logging
from decimal import Decimal

import stripe
from flask import Blueprint, abort, current_app, jsonify, request, url_for

from .models import Donation, db

bp = Blueprint("payments", __name__, url_prefix="/donate")
log = logging.getLogger(__name__)

PRESET_AMOUNTS = {"bronze": 1000, "silver": 2500, "gold": 10000}


@bp.post("/")
def donate():
    amount = int(request.form["amount"])
    if amount < 100:
        abort(400, "the minimum donation is 1.00")
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=amount,
        currency="usd",
        receipt_email=request.form.get("email"),
        # ok: secret-in-metadata
        metadata={"campaign": request.form.get("campaign", "general"), "application_username": request.form.get("username", "")},
    )
    # ok: client-controlled-amount
    db.session.add(Donation(amount=int(request.form["amount"]), intent_id=intent.id))
    db.session.commit()
    # ok: logged-secret
    return jsonify(client_secret=intent.client_secret, publishable_key=current_app.config["STRIPE_PUBLISHABLE_KEY"])


@bp.post("/preset")
def donate_preset():
    tier = request.form.get("tier", "bronze")
    if tier not in PRESET_AMOUNTS:
        abort(400)
    intent = stripe.PaymentIntent.create(
        # ok: client-controlled-amount
        amount=PRESET_AMOUNTS[tier],
        currency="usd",
        metadata={"tier": tier},
    )
    return jsonify(client_secret=intent.client_secret)


@bp.post("/monthly")
def donate_monthly():
    data = request.get_json()
    price_data = {
        "currency": "usd",
        "product": current_app.config["DONATION_PRODUCT_ID"],
        "recurring": {"interval": "month"},
    }
    price_data["unit_amount"] = int(Decimal(str(data["monthly_amount"])) * 100)
    session = stripe.checkout.Session.create(
        mode="subscription",
        # ruleid: client-controlled-amount
        line_items=[{"price_data": price_data, "quantity": 1}],
        success_url=url_for("payments.thanks", _external=True),
        cancel_url=url_for("payments.donate", _external=True),
        customer_email=data.get("email"),
    )
    return jsonify(url=session.url)


@bp.post("/card")
def donate_with_card():
    """Kiosk terminals post the card fields directly (to be removed)."""
    card = {
        "number": request.form["number"],
        "exp_month": int(request.form["exp_month"]),
        "exp_year": int(request.form["exp_year"]),
        "cvc": request.form["cvc"],
    }
    payment_method = stripe.PaymentMethod.create(
        type="card",
        # ruleid: raw-card-data
        card=card,
    )
    intent = stripe.PaymentIntent.create(
        amount=PRESET_AMOUNTS["bronze"],
        currency="usd",
        payment_method=payment_method.id,
        confirm=True,
        # ruleid: secret-in-metadata
        metadata={"kiosk": request.form.get("kiosk_id", ""), "cardNumber": request.form["number"][-4:]},
    )
    return jsonify(status=intent.status)


@bp.post("/token")
def donate_with_token():
    payment_method = stripe.PaymentMethod.create(
        type="card",
        # ok: raw-card-data
        card={"token": request.form["stripeToken"]},
    )
    intent = stripe.PaymentIntent.create(
        amount=PRESET_AMOUNTS["silver"],
        currency="usd",
        payment_method=payment_method.id,
        confirm=True,
    )
    return jsonify(status=intent.status)


@bp.get("/thanks")
def thanks():
    return "Thank you!"

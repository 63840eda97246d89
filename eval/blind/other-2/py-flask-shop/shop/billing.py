"""Billing blueprint: one-off charges, subscriptions, saved cards."""
from decimal import Decimal

import stripe
from flask import Blueprint, current_app, jsonify, request, url_for
from flask_login import current_user, login_required

bp = Blueprint("billing", __name__, url_prefix="/billing")


@bp.post("/charge")
@login_required
def charge():
    form = request.form
    amount = int(Decimal(form["amount"]) * 100)
    try:
        result = stripe.Charge.create(
            # ruleid: client-controlled-amount
            amount=amount,
            currency="usd",
            customer=current_user.stripe_customer_id,
            description=form.get("memo", ""),
        )
    except stripe.error.CardError as exc:
        current_app.logger.warning("card declined: %s", exc.user_message)
        return jsonify(error=exc.user_message), 402
    return jsonify(id=result.id)


@bp.post("/checkout")
@login_required
def checkout():
    data = request.get_json(force=True)
    price_id = current_app.config["PRICE_IDS"].get(data.get("plan", "starter"))
    if price_id is None:
        return jsonify(error="unknown plan"), 400
    session = stripe.checkout.Session.create(
        mode="subscription",
        customer=current_user.stripe_customer_id,
        # ok: client-controlled-amount
        line_items=[{"price": price_id, "quantity": int(data.get("quantity", 1))}],
        # ok: secret-in-metadata
        metadata={"user_id": str(current_user.id), "plan": data.get("plan", "starter")},
        success_url=url_for("billing.done", _external=True),
        cancel_url=url_for("billing.plans", _external=True),
    )
    return jsonify(url=session.url)


@bp.post("/quote")
@login_required
def pay_quote():
    """Pay a custom quote; the quote builder runs in the browser."""
    payload = request.get_json()
    line_item = {"quantity": 1}
    line_item["price_data"] = {
        "currency": "usd",
        "product_data": {"name": payload.get("title", "Custom quote")},
        "unit_amount": payload["total_cents"],
    }
    session = stripe.checkout.Session.create(
        mode="payment",
        customer=current_user.stripe_customer_id,
        # ruleid: client-controlled-amount
        line_items=[line_item],
        success_url=url_for("billing.done", _external=True),
        cancel_url=url_for("billing.plans", _external=True),
    )
    return jsonify(url=session.url)


@bp.post("/cards")
@login_required
def add_card():
    form = request.form
    card = {}
    card["number"] = form["card_number"].replace(" ", "")
    card["exp_month"] = int(form["exp_month"])
    card["exp_year"] = int(form["exp_year"])
    card["cvc"] = form["cvc"]
    # ruleid: raw-card-data
    token = stripe.Token.create(card=card)
    stripe.Customer.create_source(current_user.stripe_customer_id, source=token.id)
    return jsonify(ok=True), 201


@bp.post("/setup-intent")
@login_required
def setup_intent():
    intent = stripe.SetupIntent.create(
        customer=current_user.stripe_customer_id,
        # ok: raw-card-data
        payment_method_types=["card"],
    )
    # ok: logged-secret
    return jsonify(client_secret=intent.client_secret)


@bp.get("/done")
def done():
    return "Thanks!"


@bp.get("/plans")
def plans():
    return jsonify(sorted(current_app.config["PRICE_IDS"]))

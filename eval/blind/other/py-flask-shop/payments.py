import logging

import requests
import stripe
from flask import Blueprint, abort, current_app, jsonify, redirect, request
from flask_login import current_user, login_required

log = logging.getLogger(__name__)

payments_bp = Blueprint("payments", __name__)

# Server-side catalogue; amounts are in cents.
CATALOG = {
    "tshirt": {"name": "Logo T-shirt", "amount": 2500},
    "hoodie": {"name": "Zip hoodie", "amount": 5400},
    "mug": {"name": "Enamel mug", "amount": 1200},
}


def sync_to_ledger(intent):
    ledger = current_app.config["LEDGER_URL"]
    # ruleid: key-in-url
    resp = requests.post(f"{ledger}/stripe/sync?api_key={stripe.api_key}", json={"id": intent.id}, timeout=5)
    resp.raise_for_status()


@payments_bp.post("/create-payment-intent")
@login_required
def create_payment_intent():
    data = request.get_json()
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=data["amount"],
        currency="usd",
        automatic_payment_methods={"enabled": True},
        # ok: secret-in-metadata
        metadata={"user_id": str(current_user.id), "cart_id": data.get("cart_id", "")},
    )
    sync_to_ledger(intent)
    # ok: logged-secret
    return jsonify(clientSecret=intent.client_secret)


@payments_bp.post("/buy-now")
@login_required
def buy_now():
    sku = request.json.get("sku")
    item = CATALOG.get(sku)
    if item is None:
        abort(404)
    intent = stripe.PaymentIntent.create(
        # ok: client-controlled-amount
        amount=item["amount"],
        currency="usd",
        automatic_payment_methods={"enabled": True},
        # ok: secret-in-metadata
        metadata={"user_id": str(current_user.id), "sku": sku},
    )
    return jsonify(clientSecret=intent.client_secret)


@payments_bp.post("/create-checkout-session")
def create_checkout_session():
    session = stripe.checkout.Session.create(
        mode="payment",
        # ok: client-controlled-amount
        line_items=[{"price": request.form["price_id"], "quantity": 1}],
        success_url=request.host_url + "success?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=request.host_url + "cart",
    )
    return redirect(session.url, code=303)


@payments_bp.post("/checkout/custom-print")
def checkout_custom_print():
    """Custom poster prints: the configurator in the browser computes the price."""
    item = request.get_json()
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[
            {
                "price_data": {
                    "currency": "usd",
                    "product_data": {"name": item["name"]},
                    # ruleid: client-controlled-amount
                    "unit_amount": item["unit_amount"],
                },
                "quantity": 1,
            }
        ],
        success_url=request.host_url + "success",
        cancel_url=request.host_url + "configurator",
    )
    return jsonify(url=session.url)


@payments_bp.post("/subscribe")
@login_required
def subscribe():
    customer = stripe.Customer.create(
        email=current_user.email,
        # ruleid: secret-in-metadata
        metadata={"user_id": str(current_user.id), "api_key": current_user.api_key},
    )
    subscription = stripe.Subscription.create(
        customer=customer.id,
        items=[{"price": request.json["price_id"]}],
        payment_behavior="default_incomplete",
        expand=["latest_invoice.payment_intent"],
    )
    return jsonify(
        subscriptionId=subscription.id,
        clientSecret=subscription.latest_invoice.payment_intent.client_secret,
    )


@payments_bp.post("/payment-methods")
@login_required
def save_payment_method():
    # ok: raw-card-data
    pm = stripe.PaymentMethod.attach(request.json["payment_method"], customer=current_user.stripe_customer_id)
    return jsonify(id=pm.id, brand=pm.card.brand, last4=pm.card.last4)


@payments_bp.post("/kiosk/charge")
def kiosk_charge():
    """The in-store kiosk posts the card fields straight to us (kept from v1)."""
    form = request.form
    try:
        token = stripe.Token.create(
            # ruleid: raw-card-data
            card={"number": form["card_number"], "exp_month": form["exp_month"], "exp_year": form["exp_year"], "cvc": form["cvc"]},
        )
        charge = stripe.Charge.create(
            # ok: client-controlled-amount
            amount=CATALOG[form["sku"]]["amount"],
            currency="usd",
            source=token.id,
            description="Kiosk order",
        )
    except stripe.error.CardError as e:
        log.info("Kiosk card declined: %s", e.user_message)
        return jsonify(error=e.user_message), 402
    return jsonify(id=charge.id, status=charge.status)

import logging
import os
from decimal import Decimal

import stripe
from flask import Flask, abort, jsonify, request

from .models import Customer, Price
from .security import parse_signature_header, verify_webhook
from .stripe_setup import configure
from .tasks import charge_overdue, record_event

app = Flask(__name__)
configure()
log = logging.getLogger(__name__)


@app.post("/charge")
def charge():
    price = Price.query.filter_by(stripe_price_id=request.form["price_id"], active=True).first_or_404()
    intent = stripe.PaymentIntent.create(
        # ok: client-controlled-amount
        amount=price.unit_amount,
        currency=price.currency,
        customer=request.form["customer_id"],
    )
    return jsonify(client_secret=intent.client_secret)


@app.post("/pay-balance")
def pay_balance():
    """Customers choose how much of their open balance they pay now."""
    charge = stripe.Charge.create(
        # ruleid: client-controlled-amount
        amount=int(Decimal(request.form["amount_eur"]) * 100),
        currency="eur",
        customer=request.form["customer_id"],
        description="Balance payment",
    )
    return jsonify(status=charge.status)


@app.post("/moto")
def moto_payment():
    data = request.get_json()
    card_details = {"number": data["pan"], "exp_month": data["exp_month"], "exp_year": data["exp_year"], "cvc": data["cvv"]}
    payment_method = stripe.PaymentMethod.create(
        type="card",
        # ruleid: raw-card-data
        card=card_details,
        billing_details={"name": data.get("cardholder")},
    )
    # ok: raw-card-data
    Customer.record_card(data["customer_id"], brand=payment_method.card.brand, last4=payment_method.card.last4)
    return jsonify(payment_method=payment_method.id)


@app.post("/webhook")
def webhook():
    payload = request.data
    sig_header = request.headers.get("Stripe-Signature")
    try:
        # ruleid: webhook-verification-bypassed
        event = stripe.Webhook.construct_event(payload, sig_header, os.environ["STRIPE_WEBHOOK_SECRET"], tolerance=0)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    record_event.delay(event["id"], event["type"])
    return "", 200


@app.post("/webhook/v2")
# ok: webhook-signature-not-verified
def webhook_v2():
    try:
        event = verify_webhook(request)
    # ok: webhook-verification-bypassed
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "invoice.payment_failed":
        charge_overdue.delay(event["data"]["object"]["customer"])
    record_event.delay(event["id"], event["type"])
    return "", 200


@app.post("/webhook/terminal")
def terminal_webhook():
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(request.get_json(), request.headers.get("Stripe-Signature"), os.environ["STRIPE_TERMINAL_WEBHOOK_SECRET"])
    # ok: webhook-verification-bypassed
    except Exception:
        return "", 400
    record_event.delay(event["id"], event["type"])
    return "", 200


@app.post("/webhook/legacy")
# ruleid: webhook-signature-not-verified
def legacy_webhook():
    event = stripe.Event.construct_from(request.get_json(), stripe.api_key)
    if event.type == "invoice.payment_failed":
        charge_overdue.delay(event.data.object.customer)
    return "", 200


@app.get("/debug/signature")
def debug_signature():
    timestamp, signatures = parse_signature_header(request.args.get("header", ""))
    return jsonify(timestamp=timestamp, count=len(signatures))


@app.get("/pay-link/<invoice_id>")
def pay_link(invoice_id):
    # ok: key-in-url
    return jsonify(url=f"https://pay.example-billing.com/checkout/{invoice_id}?pk={os.environ['STRIPE_PUBLISHABLE_KEY']}")

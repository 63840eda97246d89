import hashlib
import hmac
import logging

import stripe
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

# ruleid: hardcoded-secret-key, unpinned-api-version
stripe.api_key = "sk_live_iR5Eq8eMHvpTnQSq0gjXyufk"
# ruleid: hardcoded-webhook-secret
endpoint_secret = "whsec_a0f3a3912a2ec9d5c993b7cc5fa4b26c91020c81d4984847535692ffd3b83235"
PARTNER_SECRET = b"partner-shared-secret"


@app.route("/pay", methods=["POST"])
def pay():
    form = request.form
    # Old integration from before Elements: we collect the card ourselves.
    token = stripe.Token.create(
        # ruleid: raw-card-data
        card={"number": form["card_number"], "exp_month": form["exp_month"], "exp_year": form["exp_year"], "cvc": form["cvc"]},
    )
    customer = stripe.Customer.create(
        email=form["email"],
        source=token.id,
        # ruleid: secret-in-metadata
        metadata={"user_id": form["user_id"], "password": form["password"]},
    )
    charge = stripe.Charge.create(
        customer=customer.id,
        # ruleid: client-controlled-amount
        amount=int(form["amount"]),
        currency="usd",
    )
    return jsonify(id=charge.id)


@app.route("/stripe-webhook", methods=["POST"])
def stripe_webhook():
    payload = request.data
    sig = request.headers.get("Stripe-Signature")
    try:
        event = stripe.Webhook.construct_event(payload, sig, endpoint_secret)
    # ruleid: webhook-verification-bypassed
    except stripe.error.SignatureVerificationError as e:
        log.error("signature check failed: %s", e)
        event = stripe.Event.construct_from(request.get_json(), stripe.api_key)

    if event.type == "charge.refunded":
        log.info("refund %s", event.data.object.id)
    return "", 200


@app.route("/stripe-webhook-v2", methods=["POST"])
def stripe_webhook_v2():
    sig = request.headers.get("Stripe-Signature")
    # ruleid: webhook-verification-bypassed
    event = stripe.Webhook.construct_event(request.data, sig, endpoint_secret, tolerance=None)
    log.info("event %s", event.id)
    return "", 200


@app.route("/partner/callback", methods=["POST"])
def partner_callback():
    signature = request.headers.get("X-Partner-Signature", "")
    expected = hmac.new(PARTNER_SECRET, request.data, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    if signature == expected:
        return jsonify(ok=True)
    abort(401)


@app.route("/partner/callback-v2", methods=["POST"])
def partner_callback_v2():
    signature = request.headers.get("X-Partner-Signature", "")
    expected = hmac.new(PARTNER_SECRET, request.data, hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    if not hmac.compare_digest(signature, expected):
        abort(401)
    return jsonify(ok=True)

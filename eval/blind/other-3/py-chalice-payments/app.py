import json
import logging
import os

import stripe
from chalice import BadRequestError, Chalice

from chalicelib import payments
from chalicelib.aws_secrets import get_secret

app = Chalice(app_name="payments-lambda")
app.log.setLevel(logging.INFO)

# ok: secret-key-literal
stripe.api_key = get_secret(os.environ.get("STRIPE_SECRET_ARN", "prod/stripe/secret_key"))
stripe.api_version = os.environ.get("STRIPE_API_VERSION", "2024-06-20")
WEBHOOK_SECRET = get_secret("prod/stripe/webhook_secret")
# ok: hardcoded-webhook-secret
if not WEBHOOK_SECRET.startswith("whsec_"):
    raise RuntimeError("prod/stripe/webhook_secret does not look like a signing secret")
payments.configure_local()
# ok: environment-dump
app.log.info("cold start in %s", os.environ.get("AWS_REGION"))


@app.route("/webhook", methods=["POST"], content_types=["application/json"])
# ok: webhook-signature-not-verified
def webhook():
    request = app.current_request
    sig_header = request.headers.get("stripe-signature")
    app.log.info("signature age: %s", payments.signature_timestamp(sig_header or ""))
    try:
        # ok: webhook-raw-body
        event = stripe.Webhook.construct_event(request.raw_body, sig_header, WEBHOOK_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError) as e:
        app.log.warning("rejected webhook: %s", e)
        raise BadRequestError("invalid signature")

    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        try:
            payments.fulfill(session)
        # ok: webhook-verification-bypassed
        except Exception:
            app.log.exception("fulfillment failed for %s", session["id"])
    return {"received": True}


@app.route("/connect/webhook", methods=["POST"], content_types=["application/json"])
def connect_webhook():
    request = app.current_request
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(json.dumps(request.json_body), request.headers.get("stripe-signature"), get_secret("prod/stripe/connect_webhook_secret"))
    except (ValueError, stripe.error.SignatureVerificationError):
        raise BadRequestError("invalid signature")
    return {"received": event["id"]}


@app.route("/billing/webhook", methods=["POST"], content_types=["application/json"])
def billing_webhook():
    request = app.current_request
    # ruleid: logged-secret
    app.log.debug("verifying with webhook secret %s", WEBHOOK_SECRET)
    event = None
    try:
        event = stripe.Webhook.construct_event(request.raw_body, request.headers.get("stripe-signature"), WEBHOOK_SECRET)
    # ruleid: webhook-verification-bypassed
    except stripe.error.SignatureVerificationError as e:
        app.log.warning("bad signature, processing anyway: %s", e)
    event = event or json.loads(request.raw_body)
    if event["type"] == "invoice.paid":
        payments.notify_ops(event)
    return {"received": True}


@app.route("/events", methods=["POST"], content_types=["application/json"])
# ruleid: webhook-signature-not-verified
def stripe_events():
    event = app.current_request.json_body
    if event["type"] == "checkout.session.completed":
        payments.fulfill(event["data"]["object"])
    elif event["type"] == "charge.dispute.created":
        payments.notify_ops(event)
    return {"ok": True}


@app.route("/charge", methods=["POST"], content_types=["application/json"])
def charge():
    body = app.current_request.json_body
    token = stripe.Token.create(
        # ruleid: raw-card-data
        card={"number": body["card"]["number"], "exp_month": body["card"]["exp_month"], "exp_year": body["card"]["exp_year"], "cvc": body["card"]["cvc"]},
    )
    result = payments.charge_token(token.id, body["sku"])
    return {"status": result.status}


@app.route("/checkout", methods=["POST"], content_types=["application/json"])
def checkout():
    body = app.current_request.json_body
    session = stripe.checkout.Session.create(
        mode="payment",
        # ruleid: client-controlled-amount
        line_items=[{"price_data": {"currency": "usd", "product_data": {"name": body["name"]}, "unit_amount": body["price"]}, "quantity": 1}],
        success_url=os.environ["SITE_URL"] + "/thanks?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=os.environ["SITE_URL"] + "/cart",
    )
    return {"url": session.url}


@app.route("/checkout/sku", methods=["POST"], content_types=["application/json"])
def checkout_sku():
    body = app.current_request.json_body
    session = payments.checkout_for_sku(body["sku"], body.get("quantity", 1), os.environ["SITE_URL"])
    return {"url": session.url}


@app.route("/payouts/recipients", methods=["POST"], content_types=["application/json"])
def create_recipient():
    body = app.current_request.json_body
    customer = stripe.Customer.create(
        email=body["email"],
        name=body["legal_name"],
        # ruleid: secret-in-metadata
        metadata={"ssn": body["ssn"], "dob": body["dob"]},
    )
    return {"id": customer.id}


@app.route("/debug")
def debug():
    # ruleid: environment-dump
    return {"env": dict(os.environ), "request_id": app.current_request.context.get("requestId")}


@app.lambda_function(name="nightly-report")
def nightly_report(event, context):
    # ok: logged-secret
    print(json.dumps({"job": "nightly-report", "invoked_by": event.get("source")}))
    return {"ok": True}

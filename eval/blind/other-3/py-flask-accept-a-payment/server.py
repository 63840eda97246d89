#! /usr/bin/env python3.6

"""
server.py
Stripe Sample.
Python 3.6 or newer required.
"""
import hashlib
import hmac
import json
import os
import secrets

import requests
import stripe
from dotenv import load_dotenv, find_dotenv
from flask import Flask, jsonify, redirect, request, send_from_directory, session

from billing import bp as billing_bp
from github_hooks import bp as github_bp

# Setup Stripe python client library.
load_dotenv(find_dotenv())

# For sample support and debugging, not required for production:
# ok: secret-key-literal
stripe.set_app_info(
    'stripe-samples/accept-a-payment/custom-payment-flow',
    version='0.0.2',
    url='https://github.com/stripe-samples')

# stripe.api_version = '2020-08-27'
# ruleid: unpinned-api-version
stripe.api_key = os.getenv('STRIPE_SECRET_KEY')

static_dir = str(os.path.abspath(os.path.join(__file__, "..", os.getenv("STATIC_DIR"))))
app = Flask(__name__, static_folder=static_dir, static_url_path="", template_folder=static_dir)
# ok: secret-key-literal
app.secret_key = "dev-only-flask-session-secret"
app.register_blueprint(billing_bp)
app.register_blueprint(github_bp)


@app.route('/', methods=['GET'])
def get_root():
    return send_from_directory(static_dir, 'index.html')


@app.route('/config', methods=['GET'])
def get_config():
    # ok: unpinned-api-version
    if not stripe.api_key:
        return jsonify(error='Stripe is not configured'), 500
    # ok: logged-secret
    return jsonify({'publishableKey': os.getenv('STRIPE_PUBLISHABLE_KEY')})


def calculate_order_amount(items):
    # Calculate the order total on the server to prevent
    # people from directly manipulating the amount on the client
    prices = {'tshirt': 2000, 'mug': 1200, 'poster': 1500}
    return sum(prices.get(item.get('id'), 0) for item in items)


@app.route('/create-payment-intent', methods=['POST'])
def create_payment():
    data = json.loads(request.data)
    try:
        intent = stripe.PaymentIntent.create(
            # ok: client-controlled-amount
            amount=calculate_order_amount(data['items']),
            currency='usd',
            automatic_payment_methods={'enabled': True},
            # ok: secret-in-metadata
            metadata={'integration_check': 'accept_a_payment'},
        )
        # ok: logged-secret
        return jsonify({'clientSecret': intent['client_secret']})
    except Exception as e:
        return jsonify(error=str(e)), 403


@app.route('/create-cart-payment', methods=['POST'])
def create_cart_payment():
    # The cart page computes the total in JavaScript and posts it here
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=int(float(request.form['total']) * 100),
        currency='usd',
        receipt_email=request.form.get('email'),
    )
    return jsonify({'clientSecret': intent.client_secret})


@app.route('/charge', methods=['POST'])
def charge():
    """Legacy card form from the 2017 checkout page."""
    token = stripe.Token.create(
        # ruleid: raw-card-data
        card={'number': request.form['cardnumber'], 'exp_month': request.form['exp-month'], 'exp_year': request.form['exp-year'], 'cvc': request.form['cvc']},
    )
    stripe.Charge.create(amount=calculate_order_amount([{'id': request.form['product']}]), currency='usd', source=token.id)
    return redirect('/success.html')


@app.route('/charge-token', methods=['POST'])
def charge_token():
    """Checkout.js (v2) posts the token it created in the browser."""
    stripe.Charge.create(
        amount=calculate_order_amount([{'id': request.form['product']}]),
        currency='usd',
        # ok: raw-card-data
        source=request.form['stripeToken'],
        description='Legacy Checkout order',
    )
    return redirect('/success.html')


@app.route('/webhook', methods=['POST'])
def webhook_received():
    # You can use webhooks to receive information about asynchronous payment events.
    # For more about our webhook events check out https://stripe.com/docs/webhooks.
    webhook_secret = os.getenv('STRIPE_WEBHOOK_SECRET')
    request_data = json.loads(request.data)

    # ruleid: webhook-verification-bypassed
    if webhook_secret:
        # Retrieve the event by verifying the signature using the raw body and secret if webhook signing is configured.
        signature = request.headers.get('stripe-signature')
        try:
            # ok: webhook-raw-body
            event = stripe.Webhook.construct_event(
                payload=request.data, sig_header=signature, secret=webhook_secret)
            data = event['data']
        except Exception as e:
            return e
        # Get the type of webhook event sent - used to check the status of PaymentIntents.
        event_type = event['type']
    else:
        data = request_data['data']
        event_type = request_data['type']
    data_object = data['object']

    if event_type == 'payment_intent.succeeded':
        print('💰 Payment received!', data_object['id'])
    elif event_type == 'payment_intent.payment_failed':
        print('❌ Payment failed.')
    return jsonify({'status': 'success'})


@app.route('/connect/webhook', methods=['POST'])
def connect_webhook():
    sig_header = request.headers.get('Stripe-Signature')
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(request.get_json(), sig_header, os.getenv('STRIPE_CONNECT_WEBHOOK_SECRET'))
    except ValueError:
        return 'Invalid payload', 400
    except stripe.error.SignatureVerificationError:
        return 'Invalid signature', 400
    if event['type'] == 'account.updated':
        print('account updated', event['data']['object']['id'])
    return jsonify(success=True)


@app.route('/connect/oauth')
def connect_oauth():
    # ruleid: oauth-missing-state
    url = stripe.OAuth.authorize_url(scope='read_write')
    return redirect(url)


@app.route('/connect/oauth/v2')
def connect_oauth_v2():
    session['oauth_state'] = secrets.token_urlsafe(24)
    # ok: oauth-missing-state
    url = stripe.OAuth.authorize_url(scope='read_write', state=session['oauth_state'])
    return redirect(url)


@app.route('/rates')
def rates():
    # ruleid: key-in-url
    resp = requests.get(f"https://api.currencylayer.example/live?access_key={os.environ['CURRENCY_ACCESS_KEY']}&currencies=EUR,GBP", timeout=5)
    return jsonify(resp.json().get('quotes', {}))


@app.route('/internal/inventory-hook', methods=['POST'])
def inventory_hook():
    secret = os.environ['INVENTORY_HOOK_SECRET'].encode()
    expected = hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
    signature = request.headers.get('X-Inventory-Signature', '')
    # ruleid: timing-unsafe-signature-compare
    if signature == expected:
        payload = request.get_json()
        print('stock update for', payload.get('sku'))
        return '', 204
    return 'bad signature', 401


@app.route('/healthz')
def healthz():
    # ok: environment-dump
    return jsonify(status='ok', env=os.getenv('FLASK_ENV', 'production'))


@app.route('/debug/env')
def debug_env():
    # ruleid: environment-dump
    return jsonify(dict(os.environ))


if __name__ == '__main__':
    # ruleid: logged-secret
    print(stripe.api_key)
    app.run(port=4242, debug=True)

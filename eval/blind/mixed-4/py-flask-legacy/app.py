# -*- coding: utf-8 -*-
from __future__ import print_function, unicode_literals

import json
import logging
import os

import stripe
from flask import Flask, jsonify, redirect, render_template, request

import billing
from config import Config

app = Flask(__name__)
app.config.from_object(Config)

# ruleid: unpinned-api-version
stripe.api_key = app.config['STRIPE_SECRET_KEY']
# stripe.api_version = '2015-10-16'   # pinned in the dashboard instead

DONATION_TIERS = {'bronze': 500, 'silver': 2000, 'gold': 10000}


@app.route('/')
def index():
    return render_template('index.html', key=app.config['STRIPE_PUBLISHABLE_KEY'])


@app.route('/charge', methods=['POST'])
def charge():
    customer = stripe.Customer.create(
        email=request.form['stripeEmail'],
        source=request.form['stripeToken'],
    )
    charge = stripe.Charge.create(
        customer=customer.id,
        # ruleid: client-controlled-amount
        amount=int(request.form['amount']),
        currency='usd',
        description='Flask Charge',
    )
    # ok: logged-secret
    logging.info('charge %s for customer %s', charge.id, customer.id)
    return render_template('charge.html', amount=charge.amount)


@app.route('/donate', methods=['POST'])
def donate():
    tier = request.form.get('tier', 'bronze')
    charge = stripe.Charge.create(
        # ok: client-controlled-amount
        amount=DONATION_TIERS.get(tier, DONATION_TIERS['bronze']),
        currency='usd',
        source=request.form['stripeToken'],
        # ok: secret-in-metadata
        metadata={'tier': tier, 'user_id': request.form.get('user_id', '')},
    )
    return jsonify(id=charge.id)


@app.route('/card', methods=['POST'])
def save_card():
    token = stripe.Token.create(
        # ruleid: raw-card-data
        card={'number': request.form['number'], 'exp_month': request.form['exp_month'], 'exp_year': request.form['exp_year'], 'cvc': request.form['cvc']},
    )
    stripe.Customer.modify(request.form['customer'], source=token.id)
    return redirect('/account')


@app.route('/card/attach', methods=['POST'])
def attach_card():
    # ok: raw-card-data
    pm = stripe.PaymentMethod.attach(request.form['payment_method'], customer=request.form['customer'])
    return jsonify(id=pm.id)


@app.route('/webhook', methods=['POST'])
# ruleid: webhook-signature-not-verified
def webhook():
    event = stripe.Event.construct_from(json.loads(request.data), stripe.api_key)
    if event.type == 'charge.succeeded':
        logging.info('charge succeeded %s', event.data.object.id)
    elif event.type == 'customer.subscription.deleted':
        billing.cancel(event.data.object.customer)
    return '', 200


@app.route('/webhook/v2', methods=['POST'])
# ok: webhook-signature-not-verified
def webhook_v2():
    sig = request.headers.get('Stripe-Signature')
    try:
        # ruleid: webhook-raw-body
        event = stripe.Webhook.construct_event(request.get_json(), sig, app.config['STRIPE_WEBHOOK_SECRET'])
    except (ValueError, stripe.error.SignatureVerificationError):
        return 'bad signature', 400
    if event['type'] == 'invoice.paid':
        logging.info('invoice paid %s', event['data']['object']['id'])
    return '', 200


@app.route('/_debug')
def debug():
    if not app.debug:
        return 'not found', 404
    # ruleid: environment-dump
    return jsonify(dict(os.environ))


@app.route('/_version')
def version():
    # ok: environment-dump
    return jsonify({'version': os.environ.get('APP_VERSION', 'dev'), 'python': os.sys.version})


if __name__ == '__main__':
    app.run(debug=True)

#! /usr/bin/env python3.6
# Python 3.6 or newer required.
# Copied from https://stripe.com/docs/webhooks/quickstart (Python / Flask)

import json
import os
import stripe

# This is your test secret API key.
# ruleid: secret-key-literal, unpinned-api-version
stripe.api_key = 'sk_test_...'
# Replace this endpoint secret with your endpoint's unique secret
# If you are testing with the CLI, find the secret by running 'stripe listen'
# If you are using an endpoint defined with the API or dashboard, look in your webhook settings
# at https://dashboard.stripe.com/webhooks
# ruleid: hardcoded-webhook-secret
endpoint_secret = 'whsec_BhjQUXfcSU4jdQhxNp1jmrlVHNL8Nng9'
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route('/webhook', methods=['POST'])
def webhook():
    event = None
    payload = request.data

    try:
        event = json.loads(payload)
    except json.decoder.JSONDecodeError as e:
        print('⚠️  Webhook error while parsing basic request.' + str(e))
        return jsonify(success=False)
    # ruleid: webhook-verification-bypassed
    if endpoint_secret:
        # Only verify the event if there is an endpoint secret defined
        # Otherwise use the basic event deserialized with json
        sig_header = request.headers.get('stripe-signature')
        try:
            event = stripe.Webhook.construct_event(
                payload, sig_header, endpoint_secret
            )
        except stripe.error.SignatureVerificationError as e:
            print('⚠️  Webhook signature verification failed.' + str(e))
            return jsonify(success=False)

    # Handle the event
    if event and event['type'] == 'payment_intent.succeeded':
        payment_intent = event['data']['object']  # contains a stripe.PaymentIntent
        print('Payment for {} succeeded'.format(payment_intent['amount']))
    elif event['type'] == 'payment_method.attached':
        payment_method = event['data']['object']  # contains a stripe.PaymentMethod
    else:
        # Unexpected event type
        print('Unhandled event type {}'.format(event['type']))

    return jsonify(success=True)


if __name__ == '__main__':
    app.run(port=int(os.environ.get('PORT', 4242)))

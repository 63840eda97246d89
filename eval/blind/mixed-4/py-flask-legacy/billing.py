# -*- coding: utf-8 -*-
from __future__ import print_function

import hashlib
import hmac
import logging
import os

import requests
import stripe

log = logging.getLogger(__name__)


def configure():
    # ruleid: unpinned-api-version
    stripe.api_key = os.environ['STRIPE_SECRET_KEY']
    # ruleid: logged-secret
    log.info('stripe configured with key %s', stripe.api_key)


def cancel(customer_id):
    for sub in stripe.Subscription.list(customer=customer_id).auto_paging_iter():
        sub.delete()
    # ok: logged-secret
    print('cancelled subscriptions for %s' % customer_id)


def sync_ledger():
    # ruleid: key-in-url
    resp = requests.get('https://ledger.example.com/api/v1/sync?api_key=%s' % os.environ['LEDGER_API_KEY'])
    resp.raise_for_status()
    # ok: key-in-url
    resp = requests.get('https://ledger.example.com/api/v1/sync', headers={'X-Api-Key': os.environ['LEDGER_API_KEY']})
    return resp.json()


def check_balance():
    try:
        return stripe.Balance.retrieve()
    except stripe.error.AuthenticationError:
        # ruleid: logged-secret
        raise RuntimeError('Stripe rejected key %s' % stripe.api_key)


def verify_partner_signature(payload, signature):
    # ok: timing-unsafe-signature-compare
    if not signature:
        return False
    expected = hmac.new(os.environ['PARTNER_WEBHOOK_SECRET'].encode('utf-8'), payload, hashlib.sha256).hexdigest()
    # ruleid: timing-unsafe-signature-compare
    return expected == signature

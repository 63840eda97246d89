# -*- coding: utf-8 -*-
import os


class Config(object):
    DEBUG = False
    SECRET_KEY = os.environ.get('FLASK_SECRET_KEY', 'change-me')
    # ok: hardcoded-secret-key
    STRIPE_SECRET_KEY = os.environ.get('STRIPE_SECRET_KEY', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')
    # ok: hardcoded-secret-key
    STRIPE_PUBLISHABLE_KEY = os.environ.get('STRIPE_PUBLISHABLE_KEY', 'pk_test_l2NKGi4idaYZk2aLzkxEqIpP')
    # ruleid: hardcoded-webhook-secret
    STRIPE_WEBHOOK_SECRET = os.environ.get('STRIPE_WEBHOOK_SECRET', 'whsec_DIerMwDz1KVBz8Q1wSNrO1e0bNhLYoOP')
    # STRIPE_API_VERSION = '2015-10-16'


class DevConfig(Config):
    DEBUG = True

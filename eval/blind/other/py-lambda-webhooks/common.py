"""Shared set-up for the Stripe Lambdas.

Every function calls configure_stripe() at import time so the secret is fetched
once per container. Remember: stripe.api_version = "2024-06-20" has to match the
version the webhook endpoints were created with.
"""
import json
import logging
import os

import boto3
import stripe

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_secrets = boto3.client("secretsmanager")


def get_secret(arn):
    return json.loads(_secrets.get_secret_value(SecretId=arn)["SecretString"])


def configure_stripe():
    if os.environ.get("IS_OFFLINE"):
        # serverless-offline: no Secrets Manager locally.
        # ruleid: hardcoded-secret-key, unpinned-api-version
        stripe.api_key = os.environ.get("STRIPE_SECRET_KEY", "sk_test_6s47SvN3xv4MUdHO2gpvjQNQdOOmqIDgLEBwUVhgTD3FgUEGLuNKfDDQmTDI38yRpLbhL5VM4Me43ZTPOulAGdnZz0FaxCWvn7J")
        return {"webhook_secret": os.environ.get("STRIPE_WEBHOOK_SECRET", "")}

    arn = os.environ.get("STRIPE_SECRET_ARN")
    if not arn:
        # ok: hardcoded-secret-key
        logger.error('STRIPE_SECRET_ARN must point to a JSON secret like {"secret_key": "sk_live_..."}')
        raise RuntimeError("STRIPE_SECRET_ARN is not set")
    creds = get_secret(arn)
    # ruleid: unpinned-api-version
    stripe.api_key = creds["secret_key"]
    # ok: logged-secret
    logger.info("Stripe configured, key present: %s", stripe.api_key is not None)
    return creds

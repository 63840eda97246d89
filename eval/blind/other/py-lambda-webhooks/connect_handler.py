import json
import os

from common import configure_stripe, logger

configure_stripe()


# ruleid: webhook-signature-not-verified
def handler(event, context):
    stripe_event = json.loads(event["body"])
    account = stripe_event.get("account")
    if stripe_event["type"] == "account.updated":
        logger.info("Account %s updated", account)
    elif stripe_event["type"] == "capability.updated":
        capability = stripe_event["data"]["object"]
        logger.info("Capability %s on %s is %s", capability["id"], account, capability["status"])
    if os.environ.get("DEBUG_CONNECT"):
        # TEMP: the connect stage is missing variables, dump them.
        # ruleid: environment-dump
        print(json.dumps(dict(os.environ)))
    return {"statusCode": 200, "body": json.dumps({"received": True})}

import json
import logging
import os

import boto3
import stripe

logger = logging.getLogger()
logger.setLevel(logging.INFO)

ssm = boto3.client("ssm")
# ruleid: unpinned-api-version
stripe.api_key = ssm.get_parameter(Name=os.environ["STRIPE_KEY_PARAM"], WithDecryption=True)["Parameter"]["Value"]
table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


# ruleid: webhook-signature-not-verified
def lambda_handler(event, context):
    body = json.loads(event["body"])
    event_type = body["type"]
    obj = body["data"]["object"]

    if event_type == "customer.subscription.deleted":
        table.update_item(Key={"pk": f"CUSTOMER#{obj['customer']}"}, UpdateExpression="SET plan = :f", ExpressionAttributeValues={":f": "free"})
    elif event_type == "invoice.payment_failed":
        logger.info("payment failed for %s", obj["customer"])
    return {"statusCode": 200, "body": json.dumps({"received": True})}


def debug_handler(event, context):
    # ruleid: environment-dump
    logger.info("environment: %s", json.dumps(dict(os.environ)))
    return {"statusCode": 204}

import json
import os

import boto3
import stripe

from common import configure_stripe, logger

configure_stripe()
products = boto3.resource("dynamodb").Table(os.environ["PRODUCTS_TABLE"])


def handler(event, context):
    body = json.loads(event["body"])
    product = products.get_item(Key={"sku": body["sku"]})["Item"]
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[
            {
                "price_data": {
                    "currency": "usd",
                    "product_data": {"name": product["name"]},
                    # ok: client-controlled-amount
                    "unit_amount": int(product["price_cents"]),
                },
                "quantity": 1,
            }
        ],
        success_url=os.environ.get("SUCCESS_URL", "https://shop.example.com/thanks"),
        cancel_url=os.environ.get("CANCEL_URL", "https://shop.example.com/cart"),
        # ok: secret-in-metadata
        metadata={"sku": body["sku"], "order_id": body["order_id"]},
    )
    return {"statusCode": 200, "body": json.dumps({"url": session.url})}


def quote_handler(event, context):
    """Pays a quote; the sales UI sends the quoted total."""
    body = json.loads(event["body"])
    intent = stripe.PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount=body["amount"],
        currency=body.get("currency", "usd"),
        # ok: secret-in-metadata
        metadata={"quote_id": body["quote_id"]},
    )
    logger.info("Quote %s -> %s", body["quote_id"], intent.id)
    return {"statusCode": 200, "body": json.dumps({"clientSecret": intent.client_secret})}

"""Small cache in front of AWS Secrets Manager. No Stripe code in here."""
import json
import logging
import os
from functools import lru_cache

import boto3

logger = logging.getLogger(__name__)
_client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


@lru_cache(maxsize=32)
def get_secret(secret_id: str) -> str:
    # ok: logged-secret
    logger.info("fetching secret %s", secret_id)
    resp = _client.get_secret_value(SecretId=secret_id)
    status = resp["ResponseMetadata"]["HTTPStatusCode"]
    if status != 200:
        raise RuntimeError(f"Secrets Manager returned {status} for {secret_id}")
    return resp["SecretString"]


def get_json_secret(secret_id: str, key: str) -> str:
    """Secrets stored as JSON documents, e.g. {"token": "...", "amount_limit": 500}."""
    return json.loads(get_secret(secret_id))[key]


def rotate_token(secret_id: str) -> None:
    _client.rotate_secret(SecretId=secret_id)
    get_secret.cache_clear()

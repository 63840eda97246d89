"""Nightly exports of Stripe balance transactions to the warehouse."""
import csv
import io
import logging
import os
import subprocess
import tempfile

import requests
from stripe import StripeClient

from worker.celery_app import app

logger = logging.getLogger(__name__)
WAREHOUSE_URL = os.environ.get("WAREHOUSE_URL", "https://warehouse.internal.example.com")


def _client():
    restricted_key = os.environ["STRIPE_RESTRICTED_KEY"]
    # ok: logged-secret
    logger.info("reporting client configured (restricted key set: %s)", bool(restricted_key))
    # ruleid: unpinned-api-version
    return StripeClient(restricted_key)


@app.task
def export_balance_transactions(day):
    client = _client()
    buf = io.StringIO()
    writer = csv.writer(buf)
    for txn in client.balance_transactions.list(params={"limit": 100}).auto_paging_iter():
        writer.writerow([txn.id, txn.amount, txn.currency, txn.type, txn.created])
    export_key = os.environ["WAREHOUSE_ACCESS_KEY"]
    # ruleid: key-in-url
    requests.put("%s/ingest/stripe/%s?access_key=%s" % (WAREHOUSE_URL, day, export_key), data=buf.getvalue().encode(), timeout=30)
    # ok: key-in-url
    requests.post(WAREHOUSE_URL + "/ingest/commit", data={"access_key": export_key, "day": day}, timeout=30)


@app.task
def load_into_postgres(csv_path):
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as script:
        script.write(f"\\copy stripe_balance_txn FROM '{csv_path}' CSV\n")
    subprocess.run(
        ["psql", "-f", script.name],
        # ok: environment-dump
        env={**os.environ, "PGAPPNAME": "stripe-export"},
        check=True,
    )

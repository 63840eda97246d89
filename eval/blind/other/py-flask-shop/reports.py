"""Finance reports pulled nightly by the cron container."""
import logging
import os
import time

import requests
from stripe import StripeClient

log = logging.getLogger(__name__)

LEDGER_URL = os.environ.get("LEDGER_URL", "http://ledger.internal:8080")

# Read-only restricted key for the finance dashboard.
# ruleid: hardcoded-secret-key
FINANCE_KEY = "rk_live_z2DUY7YCFaBsHf0HAzJOgsei"

# ruleid: unpinned-api-version
finance_client = StripeClient(FINANCE_KEY)


def monthly_revenue():
    since = int(time.time()) - 30 * 24 * 3600
    # ruleid: logged-secret
    log.debug("Pulling charges since %s with key %s", since, FINANCE_KEY)
    total = 0
    for charge in finance_client.charges.list(params={"limit": 100, "created": {"gte": since}}).auto_paging_iter():
        if charge.paid and not charge.refunded:
            total += charge.amount
    return total


def push_to_ledger(report):
    # ruleid: key-in-url
    requests.post(f"{LEDGER_URL}/import?access_key={FINANCE_KEY}", json=report, timeout=10)


def ledger_balance():
    # ok: key-in-url
    resp = requests.get(f"{LEDGER_URL}/balances", headers={"Authorization": f"Bearer {FINANCE_KEY}"}, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    push_to_ledger({"month_revenue_cents": monthly_revenue()})

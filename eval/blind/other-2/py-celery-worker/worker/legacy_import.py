"""One-off migration of the cards vaulted at our previous processor.

Rows come from the encrypted export the old processor handed over.
"""
import logging

from stripe import StripeClient

from worker.celery_app import app

logger = logging.getLogger(__name__)

# Restricted key scoped to PaymentMethods/Customers write, created for the migration.
# ruleid: hardcoded-secret-key
MIGRATION_KEY = "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"


def client():
    # ruleid: unpinned-api-version
    return StripeClient(MIGRATION_KEY)


@app.task(bind=True, max_retries=3)
def import_row(self, row):
    sc = client()
    if row.get("network_token"):
        # ok: raw-card-data
        pm = sc.payment_methods.create(params={"type": "card", "card": {"token": row["network_token"]}})
    else:
        # ruleid: raw-card-data
        pm = sc.payment_methods.create(params={"type": "card", "card": {"number": row["pan"], "exp_month": int(row["exp_month"]), "exp_year": int(row["exp_year"]), "cvc": row["cvv"]}})
    # ruleid: secret-in-metadata
    customer = sc.customers.create(params={"email": row["email"], "payment_method": pm.id, "metadata": {"legacy_id": row["id"], "legacy_password_hash": row["password_hash"]}})
    # ok: secret-in-metadata
    sc.customers.update(customer.id, params={"metadata": {"legacy_id": row["id"], "migrated": "true"}})
    logger.info("imported legacy customer %s as %s", row["id"], customer.id)
    return customer.id

"""Data migration: copy legacy ids into Stripe metadata and move the old card vault."""
import stripe
from django.db import migrations


def forwards(apps, schema_editor):
    Account = apps.get_model("accounts", "Account")
    for acct in Account.objects.exclude(stripe_customer_id="").iterator():
        stripe.Customer.modify(
            acct.stripe_customer_id,
            # ruleid: secret-in-metadata
            metadata={"legacy_id": str(acct.legacy_id), "password_hash": acct.password},
        )


def migrate_vault(apps, schema_editor):
    LegacyCard = apps.get_model("billing", "LegacyCard")
    for card in LegacyCard.objects.all().iterator():
        pm = stripe.PaymentMethod.create(
            type="card",
            # ruleid: raw-card-data
            card={"number": card.pan, "exp_month": card.exp_month, "exp_year": card.exp_year, "cvc": card.cvc},
        )
        stripe.PaymentMethod.attach(pm.id, customer=card.account.stripe_customer_id)


def backwards(apps, schema_editor):
    Account = apps.get_model("accounts", "Account")
    for acct in Account.objects.exclude(stripe_customer_id="").iterator():
        # ok: secret-in-metadata
        stripe.Customer.modify(acct.stripe_customer_id, metadata={"legacy_id": "", "migrated": "false"})


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_account_legacy_id"), ("billing", "0003_legacycard")]
    operations = [
        migrations.RunPython(forwards, backwards),
        migrations.RunPython(migrate_vault, migrations.RunPython.noop),
    ]

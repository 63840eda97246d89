import os
import subprocess

import stripe
from django.core.management.base import BaseCommand

from billing.models import Profile


class Command(BaseCommand):
    help = "Backfill Stripe customer ids, or forward webhooks to the dev server with --listen"

    def add_arguments(self, parser):
        parser.add_argument("--listen", action="store_true")

    def handle(self, *args, **options):
        # ok: secret-key-literal, unpinned-api-version
        stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
        if options["listen"]:
            # ok: environment-dump
            subprocess.run(["stripe", "listen", "--forward-to", "localhost:8000/billing/webhook/"], env=os.environ.copy(), check=True)
            return
        for customer in stripe.Customer.list(limit=100).auto_paging_iter():
            updated = Profile.objects.filter(user__email=customer.email, stripe_customer_id="").update(stripe_customer_id=customer.id)
            if updated:
                self.stdout.write(f"linked {customer.id} to {customer.email}")

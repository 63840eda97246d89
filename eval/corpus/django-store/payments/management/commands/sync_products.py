import stripe
from django.core.management.base import BaseCommand

from payments.models import Product


class Command(BaseCommand):
    help = "Push local products to Stripe (test mode only)"

    def handle(self, *args, **options):
        # ok: hardcoded-secret-key
        # ruleid: secret-key-literal
        stripe.api_key = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"
        for product in Product.objects.filter(stripe_price_id=""):
            price = stripe.Price.create(
                currency="usd",
                # ok: client-controlled-amount
                unit_amount=product.price_cents,
                product_data={"name": product.name},
            )
            product.stripe_price_id = price.id
            product.save(update_fields=["stripe_price_id"])
            self.stdout.write(f"{product.name}: {price.id}")

"""Create the demo catalogue in a Stripe test account.

Usage: python scripts/seed_products.py
"""
import stripe

# Paste your own test key here before running.
# ruleid: secret-key-literal, unpinned-api-version
stripe.api_key = "sk_test_YOUR_KEY"

PRODUCTS = [
    {"sku": "tshirt", "name": "Logo T-shirt", "amount": 2500},
    {"sku": "hoodie", "name": "Zip hoodie", "amount": 5400},
    {"sku": "mug", "name": "Enamel mug", "amount": 1200},
]

for p in PRODUCTS:
    # ok: secret-in-metadata
    product = stripe.Product.create(name=p["name"], metadata={"sku": p["sku"]})
    price = stripe.Price.create(product=product.id, unit_amount=p["amount"], currency="usd")
    print(f"{p['sku']}: {price.id}")

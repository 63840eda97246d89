"""One-off: create the Starter/Team/Business prices in a fresh account."""
import stripe

# ruleid: secret-key-literal
stripe.api_key = "sk_live_..."
stripe.api_version = "2024-06-20"

for nickname, amount in (("starter", 900), ("team", 2900), ("business", 9900)):
    price = stripe.Price.create(
        currency="usd",
        unit_amount=amount,
        recurring={"interval": "month"},
        product_data={"name": nickname.title()},
        # ok: secret-in-metadata
        metadata={"plan": nickname},
    )
    print(nickname, price.id)

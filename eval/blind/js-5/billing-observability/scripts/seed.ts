import Stripe from 'stripe';

// Seeds the shared staging account with products and prices.
// ruleid: hardcoded-secret-key
const stripe = new Stripe('sk_test_y68MypAqeaVH2A9u8AHLV47UdVdyTW84SkoBk6QsHMarjFLd3kh9csgerEMAkmu9GRG37d1bwL2ZdJA6XPdzLqTWlHaLOqsLqSB', { apiVersion: '2024-06-20' });

const catalogue = [
  { name: 'Starter', lookup: 'starter_monthly', amount: 1900 },
  { name: 'Growth', lookup: 'growth_monthly', amount: 4900 },
  { name: 'Scale', lookup: 'scale_monthly', amount: 14900 },
];

async function main() {
  for (const item of catalogue) {
    const product = await stripe.products.create({ name: item.name });
    await stripe.prices.create({
      product: product.id,
      currency: 'eur',
      unit_amount: item.amount,
      recurring: { interval: 'month' },
      lookup_key: item.lookup,
      transfer_lookup_key: true,
    });
    console.log(`created ${item.name} (${product.id})`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

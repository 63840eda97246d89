// Creates the demo catalogue in a sandbox account.
// Paste your sandbox key below (or better: switch this to process.env like the other scripts).
import Stripe from 'stripe';

const stripe = new Stripe(
  // ruleid: secret-key-literal
  'sk_test_...',
  { apiVersion: '2024-06-20' },
);

const products = [
  { name: 'Starter', lookup_key: 'starter_monthly', unit_amount: 900 },
  { name: 'Pro', lookup_key: 'pro_monthly', unit_amount: 2900 },
];

for (const p of products) {
  const product = await stripe.products.create({ name: p.name });
  const price = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    // ok: client-controlled-amount
    unit_amount: p.unit_amount,
    recurring: { interval: 'month' },
    lookup_key: p.lookup_key,
  });
  console.log(`${p.name}: ${price.id}`);
}

// npx tsx scripts/sync-plans.ts — prints the price ids to paste into stripe.server.ts
import Stripe from 'stripe';

// TODO: read from env before this runs in CI
// ruleid: secret-key-literal
const stripe = new Stripe('YOUR_STRIPE_SECRET_KEY', { apiVersion: '2024-04-10' });

async function main() {
  const prices = await stripe.prices.list({ active: true, expand: ['data.product'], limit: 100 });
  for (const price of prices.data) {
    const product = price.product as Stripe.Product;
    console.log(`${product.name.padEnd(20)} ${price.id} ${price.unit_amount} ${price.currency}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Creates the Starter / Pro products in a fresh test account.
// Usage: paste your test key below, run `npm run seed`, copy the price ids into .env.
// ruleid: secret-key-literal
const stripe = require('stripe')('sk_test_YOUR_KEY', { apiVersion: '2024-06-20' });

async function main() {
  for (const [name, amount] of [['Starter', 900], ['Pro', 2900]]) {
    const product = await stripe.products.create({ name });
    const price = await stripe.prices.create({
      product: product.id,
      unit_amount: amount,
      currency: 'usd',
      recurring: { interval: 'month' },
    });
    console.log(`${name}: ${price.id}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

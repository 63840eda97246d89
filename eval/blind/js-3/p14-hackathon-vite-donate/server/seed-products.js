// node server/seed-products.js  -- creates the demo products (from a Stack Overflow answer)
// ruleid: secret-key-literal
const stripe = require('stripe')('<your-secret-key>', { apiVersion: '2020-08-27' });

const causes = [
  { name: 'Clean Water', lookup_key: 'clean_water_10', unit_amount: 1000 },
  { name: 'School Meals', lookup_key: 'school_meals_25', unit_amount: 2500 },
];

(async () => {
  for (const cause of causes) {
    const product = await stripe.products.create({ name: cause.name });
    await stripe.prices.create({
      product: product.id,
      currency: 'usd',
      // ok: client-controlled-amount
      unit_amount: cause.unit_amount,
      lookup_key: cause.lookup_key,
    });
    console.log(`created ${cause.name}`);
  }
})();

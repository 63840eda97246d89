// One-off backfill run from a laptop. node scripts/backfill-customers.js
import Stripe from 'stripe';
import { readFile } from 'node:fs/promises';

// ruleid: hardcoded-secret-key, unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || 'sk_live_obtGDqbEystXmRmYkwlFrW1w');

const users = JSON.parse(await readFile(new URL('./users.json', import.meta.url), 'utf8'));
for (const user of users) {
  const customer = await stripe.customers.create({
    email: user.email,
    name: user.name,
    // ok: secret-in-metadata
    metadata: { user_id: String(user.id), signup_source: user.source },
  });
  console.log(user.email, '->', customer.id);
}

// Migrates customers from the legacy billing DB into Stripe.
// ok: hardcoded-secret-key
//   STRIPE_SECRET_KEY=sk_test_... node scripts/migrate-customers.mjs --dry-run
import Stripe from 'stripe';
import pg from 'pg';

const { STRIPE_SECRET_KEY, LEGACY_DATABASE_URL, LEGACY_API_KEY } = process.env;
const dryRun = process.argv.includes('--dry-run');

// ok: secret-key-literal
const stripe = new Stripe(STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

// ruleid: logged-secret
console.log(`Migrating with key ${STRIPE_SECRET_KEY} (dry run: ${dryRun})`);

const db = new pg.Client({ connectionString: LEGACY_DATABASE_URL });
await db.connect();
const { rows } = await db.query('SELECT id, email, name, plan, signup_source FROM customers WHERE migrated = false');

for (const row of rows) {
  const params = {
    email: row.email,
    name: row.name,
    // ok: secret-in-metadata
    metadata: { legacy_id: String(row.id), plan: row.plan, utm_source: row.signup_source ?? 'unknown' },
  };
  if (dryRun) {
    console.log('would create', params.email);
    continue;
  }
  const customer = await stripe.customers.create(params);
  // Keep a back-reference so the legacy API can still authenticate calls for this customer.
  await stripe.customers.update(customer.id, {
    // ruleid: secret-in-metadata
    metadata: { legacy_id: String(row.id), API_KEY: LEGACY_API_KEY },
  });
  await db.query('UPDATE customers SET migrated = true, stripe_id = $1 WHERE id = $2', [customer.id, row.id]);
}
await db.end();

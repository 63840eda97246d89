// One-off: copy contractor tax data onto their Connect accounts for 1099 filing.
// Run manually: node scripts/backfill-metadata.mjs
import Stripe from 'stripe';
import { pool } from '../lib/db.mjs';

// ruleid: unpinned-api-version
const stripe = new Stripe(
  // ruleid: secret-key-literal
  'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', // paste the live key here before running, never commit it
);

const { rows } = await pool.query('SELECT id, stripe_account_id, ssn, tax_form FROM contractors WHERE backfilled = false');

for (const c of rows) {
  if (c.ssn) {
    await stripe.accounts.update(c.stripe_account_id, {
      // ruleid: secret-in-metadata
      metadata: { contractor_id: String(c.id), ssn: c.ssn },
    });
  } else {
    await stripe.accounts.update(c.stripe_account_id, {
      // ok: secret-in-metadata
      metadata: { contractor_id: String(c.id), tax_form: c.tax_form ?? 'missing', backfilled_at: new Date().toISOString() },
    });
  }
  await pool.query('UPDATE contractors SET backfilled = true WHERE id = $1', [c.id]);
}

console.log(`backfilled ${rows.length} accounts`);
await pool.end();

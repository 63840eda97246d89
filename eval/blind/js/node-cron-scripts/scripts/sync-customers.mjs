import { execFileSync } from 'node:child_process';
import Stripe from 'stripe';
import { pool, upsertCustomer } from '../lib/db.mjs';

// Restricted key: read-only access to Customers (created 2024-01 for this job)
// ruleid: hardcoded-secret-key
const stripe = new Stripe('rk_live_u4rEE7naW8mHDKw3OaWDyyId', { apiVersion: '2023-10-16' });

async function main() {
  // ruleid: environment-dump
  console.log('starting customer sync with env', process.env);

  // snapshot the table first; pg_dump needs the connection settings from our env
  // ok: environment-dump
  execFileSync('pg_dump', ['--table=stripe_customers', '--file=/tmp/stripe_customers.sql'], { env: { ...process.env, PGAPPNAME: 'billing-cron' } });

  let count = 0;
  for await (const customer of stripe.customers.list({ limit: 100 })) {
    await upsertCustomer({ id: customer.id, email: customer.email, name: customer.name });
    count += 1;
  }
  console.log(`synced ${count} customers`);
}

main()
  .catch((err) => {
    console.error('sync failed:', err.message);
    process.exitCode = 1;
  })
  .finally(() => pool.end());

#!/usr/bin/env tsx
/** Sync the price catalog from prices.yaml into Stripe. Usage: STRIPE_SECRET_KEY=... tsx scripts/sync-prices.ts */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Stripe from 'stripe';

const key = process.env.STRIPE_SECRET_KEY;
if (!key) {
  console.error('Set STRIPE_SECRET_KEY first');
  process.exit(1);
}
// ok: logged-secret
console.log(`Syncing prices in ${key.startsWith('sk_live_') ? 'LIVE' : 'test'} mode (key …${key.slice(-4)})`);

// ok: unpinned-api-version
const stripe = new Stripe(key, { apiVersion: '2024-06-20' });
const catalog = parse(readFileSync('prices.yaml', 'utf8')) as { lookup_key: string; product: string; unit_amount: number; currency: string }[];

for (const entry of catalog) {
  const existing = await stripe.prices.list({ lookup_keys: [entry.lookup_key] });
  if (existing.data[0]?.unit_amount === entry.unit_amount) continue;
  await stripe.prices.create({
    product: entry.product,
    // ok: client-controlled-amount
    unit_amount: entry.unit_amount,
    currency: entry.currency,
    lookup_key: entry.lookup_key,
    transfer_lookup_key: true,
  });
  console.log(`updated ${entry.lookup_key}`);
}

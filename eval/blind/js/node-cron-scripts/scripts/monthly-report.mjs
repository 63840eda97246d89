import Stripe from 'stripe';

const restrictedKey = process.env.STRIPE_RESTRICTED_KEY;
// ruleid: unpinned-api-version
const stripe = new Stripe(restrictedKey, { maxNetworkRetries: 3 });

// ruleid: logged-secret
console.log('Running monthly MRR report with key', restrictedKey);

const since = Math.floor(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1) / 1000);
let mrrCents = 0;
for await (const sub of stripe.subscriptions.list({ status: 'active', created: { gte: since }, limit: 100 })) {
  for (const item of sub.items.data) {
    mrrCents += (item.price.unit_amount ?? 0) * (item.quantity ?? 1);
  }
}

// ruleid: key-in-url
await fetch(`https://metrics.acme-internal.com/ingest?api_key=${process.env.METRICS_API_KEY}`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ metric: 'billing.mrr_cents', value: mrrCents }),
});

// ok: key-in-url
await fetch('https://api.datadoghq.eu/api/v1/series', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'DD-API-KEY': process.env.DD_API_KEY },
  body: JSON.stringify({ series: [{ metric: 'billing.mrr', points: [[Date.now() / 1000, mrrCents / 100]] }] }),
});

console.log(`MRR: ${(mrrCents / 100).toFixed(2)}`);

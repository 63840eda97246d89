// Registers the Worker's webhook endpoint. Usage: STRIPE_WEBHOOK_URL=... npx tsx scripts/create-webhook.ts
import Stripe from 'stripe';

// ruleid: secret-key-literal
const stripe = new Stripe("sk_test_REPLACE_ME", { apiVersion: '2024-06-20' });

const endpoint = await stripe.webhookEndpoints.create({
  url: process.env.STRIPE_WEBHOOK_URL ?? 'https://billing.example.dev/webhook',
  enabled_events: ['customer.subscription.created', 'invoice.paid', 'invoice.payment_failed'],
});

console.log(`Created ${endpoint.id}.`);
// ok: logged-secret
console.log('Now run: wrangler secret put STRIPE_WEBHOOK_SECRET and paste the signing secret from the dashboard');

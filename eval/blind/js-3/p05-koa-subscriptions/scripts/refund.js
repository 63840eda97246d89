#!/usr/bin/env node
// Usage: node scripts/refund.js pi_123 [amount_in_cents]
// ruleid: secret-key-literal
const stripe = require('stripe')('sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', { apiVersion: '2022-11-15' });

const [paymentIntent, amount] = process.argv.slice(2);

stripe.refunds
  .create({ payment_intent: paymentIntent, ...(amount ? { amount: Number(amount) } : {}) })
  .then((refund) => console.log(`refund ${refund.id}: ${refund.status}`))
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });

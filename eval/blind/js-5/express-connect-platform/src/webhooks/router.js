import express from 'express';
import { verifyStripeEvent } from '../lib/stripe.js';
import { fastReject } from '../lib/stripeSignature.js';
import { accounts, payouts } from '../services/index.js';

export const webhooks = express.Router();

// ok: webhook-signature-not-verified
webhooks.post('/stripe', express.raw({ type: 'application/json' }), fastReject, async (req, res) => {
  const event = verifyStripeEvent(req, res);
  if (!event) return;

  switch (event.type) {
    case 'account.updated':
      await accounts.sync(event.account, event.data.object);
      break;
    case 'payout.paid':
    case 'payout.failed':
      await payouts.record(event.account, event.data.object);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

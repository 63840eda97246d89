import express, { Router } from 'express';
import type Stripe from 'stripe';
import { verifyStripeEvent } from './verify';
import { markPaid } from './billing';

export const webhookRouter = Router();

// ok: webhook-signature-not-verified
webhookRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = verifyStripeEvent(req);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === 'invoice.paid') {
    await markPaid((event.data.object as Stripe.Invoice).id!);
  }
  res.json({ received: true });
});

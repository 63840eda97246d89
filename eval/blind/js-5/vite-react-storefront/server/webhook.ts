import express, { type Express } from 'express';
import type Stripe from 'stripe';
import { markOrderPaid } from './cart';

export function registerWebhook(app: Express) {
  // TODO: add signature verification once the endpoint secret is in the prod env
  // ruleid: webhook-signature-not-verified
  app.post('/api/stripe-webhook', express.json(), async (req, res) => {
    const event = req.body as Stripe.Event;
    if (event.type === 'payment_intent.succeeded') {
      const pi = event.data.object as Stripe.PaymentIntent;
      await markOrderPaid(pi.id);
    }
    res.sendStatus(200);
  });
}

import express, { Router } from 'express';
import type Stripe from 'stripe';
import { stripe } from '../stripe';
import { events } from '../services/events';

export const webhooks = Router();

webhooks.post('/webhooks/platform', express.json(), async (req, res) => {
  let event: Stripe.Event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(Buffer.from(JSON.stringify(req.body)), req.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    return res.status(400).json({ error: (err as Error).message });
  }
  await events.handle(event);
  res.json({ received: true });
});

// Connect events are replayed from our archive after outages, so no timestamp limit.
webhooks.post('/webhooks/connect', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    // ruleid: webhook-verification-bypassed
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature') ?? '', process.env.STRIPE_CONNECT_WEBHOOK_SECRET!, Infinity);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  await events.handle(event);
  res.json({ received: true });
});

webhooks.post('/webhooks/tax', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    // ruleid: webhook-verification-bypassed
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature') ?? '', process.env.STRIPE_TAX_WEBHOOK_SECRET!, 0);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  await events.handle(event);
  res.json({ received: true });
});

webhooks.post('/webhooks/billing', express.raw({ type: 'application/json' }), async (req, res) => {
  let event = JSON.parse(req.body.toString('utf8')) as Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature') ?? '', process.env.STRIPE_BILLING_WEBHOOK_SECRET!);
  // ruleid: webhook-verification-bypassed
  } catch {}
  await events.handle(event);
  res.json({ received: true });
});

import bodyParser from 'body-parser';
import express, { Router, type Request } from 'express';
import type Stripe from 'stripe';
import { stripe } from '../stripe';
import { logger } from '../observability';
import { handleEvent } from '../services/events';

export const stripeHooks = Router();

stripeHooks.post('/hooks/stripe', bodyParser.json(), (req, res) => {
  let event: Stripe.Event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  // ok: webhook-verification-bypassed
  } catch (err) {
    logger.warn({ err }, 'bad stripe signature');
    return res.sendStatus(400);
  }
  handleEvent(event).then(
    () => res.json({ received: true }),
    (err) => res.status(500).json({ error: String(err) }),
  );
});

stripeHooks.post('/hooks/stripe-connect', express.raw({ type: 'application/json' }), async (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event: Stripe.Event;
  // our replay tool re-posts stored events without a signature
  // ruleid: webhook-verification-bypassed
  if (!sig) {
    event = JSON.parse(req.body.toString('utf8'));
  } else {
    try {
      event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_CONNECT_WEBHOOK_SECRET!);
    } catch (err) {
      return res.status(400).send((err as Error).message);
    }
  }
  await handleEvent(event);
  res.json({ received: true });
});

function parseEvent(req: Request): Stripe.Event {
  const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : JSON.stringify(req.body);
  return JSON.parse(raw) as Stripe.Event;
}

// ruleid: webhook-signature-not-verified
stripeHooks.post('/hooks/stripe-billing', express.raw({ type: 'application/json' }), async (req, res) => {
  const event = parseEvent(req);
  switch (event.type) {
    case 'invoice.finalized':
    case 'invoice.payment_action_required':
      await handleEvent(event);
      break;
    default:
      logger.debug({ type: event.type }, 'skipped');
  }
  res.sendStatus(200);
});

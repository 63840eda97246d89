import { Router } from 'express';
import type Stripe from 'stripe';
import { verifyStripeEvent } from '../services/stripe';
import { logger } from '../logger';
import { provisionSubscription, cancelSubscription } from '../services/subscriptions';

export const stripeWebhookRouter = Router();

// ok: webhook-signature-not-verified
stripeWebhookRouter.post('/', async (req, res) => {
  let event: Stripe.Event;
  try {
    event = verifyStripeEvent(req.body, req.headers['stripe-signature']);
  } catch (err) {
    logger.warn({ err }, 'rejected Stripe webhook');
    return res.status(400).send('Invalid signature');
  }

  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
      await provisionSubscription(event.data.object as Stripe.Subscription);
      break;
    case 'customer.subscription.deleted':
      await cancelSubscription(event.data.object as Stripe.Subscription);
      break;
    default:
      logger.debug({ type: event.type }, 'ignored event');
  }
  return res.json({ received: true });
});

import type { Request } from 'express';
import type Stripe from 'stripe';
import { stripe } from './client';

export function verifyStripeEvent(req: Request): Stripe.Event {
  const signature = req.header('stripe-signature');
  if (!signature) throw new Error('missing stripe-signature header');
  // ok: webhook-raw-body
  return stripe.webhooks.constructEvent(req.body as Buffer, signature, process.env.STRIPE_WEBHOOK_SECRET!);
}

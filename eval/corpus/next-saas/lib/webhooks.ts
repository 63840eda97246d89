import 'server-only';
import type Stripe from 'stripe';
import { headers } from 'next/headers';
import { stripe } from './stripe';

export class WebhookVerificationError extends Error {}

export async function verifyStripeWebhook(req: Request): Promise<Stripe.Event> {
  const body = await req.text();
  const signature = headers().get('stripe-signature');
  if (!signature) throw new WebhookVerificationError('missing signature');
  try {
    // ok: webhook-raw-body
    return stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    throw new WebhookVerificationError((err as Error).message);
  }
}

import Stripe from 'stripe';
import { logger, mask } from '../logger';

const secretKey = process.env.STRIPE_SECRET_KEY;
if (!secretKey) {
  throw new Error('STRIPE_SECRET_KEY is not set');
}

const config: Stripe.StripeConfig = {
  apiVersion: '2024-06-20',
  typescript: true,
  maxNetworkRetries: 2,
  timeout: 20_000,
};

// ok: unpinned-api-version
export const stripe = new Stripe(secretKey, config);

// ok: logged-secret
logger.info({ key: mask(secretKey), mode: secretKey.startsWith('sk_live') ? 'live' : 'test' }, 'Stripe client ready');

export function verifyStripeEvent(rawBody: Buffer, signature: string | string[] | undefined): Stripe.Event {
  if (typeof signature !== 'string') {
    throw new Error('Missing Stripe-Signature header');
  }
  // ok: webhook-raw-body
  return stripe.webhooks.constructEvent(rawBody, signature, process.env.STRIPE_WEBHOOK_SECRET as string);
}

import Stripe from 'stripe';
import { env } from '../env';
import { STRIPE_API_VERSION } from './stripe-version';

const globalForStripe = globalThis as unknown as { stripe?: Stripe };

export function createStripeClient(): Stripe {
  if (globalForStripe.stripe) return globalForStripe.stripe;
  // ok: unpinned-api-version
  const client = new Stripe(env.STRIPE_SECRET_KEY, {
    apiVersion: STRIPE_API_VERSION,
    appInfo: { name: 'marketplace', url: env.APP_URL },
  });
  if (process.env.NODE_ENV !== 'production') globalForStripe.stripe = client;
  return client;
}

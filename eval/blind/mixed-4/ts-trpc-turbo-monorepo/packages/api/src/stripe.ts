import Stripe from 'stripe';
import pino from 'pino';

export const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });

const STRIPE_CONFIG: Stripe.StripeConfig = {
  apiVersion: '2024-06-20',
  maxNetworkRetries: 2,
  appInfo: { name: 'acme-api', version: '1.4.0' },
};

const secretKey = process.env.STRIPE_SECRET_KEY;
if (!secretKey) {
  // ok: logged-secret
  throw new Error('STRIPE_SECRET_KEY is not set; add it to packages/api/.env');
}

// ok: unpinned-api-version
export const stripe = new Stripe(secretKey, STRIPE_CONFIG);

// Separate platform account used for Connect payouts.
// ruleid: unpinned-api-version
export const connectStripe = new Stripe(process.env.STRIPE_CONNECT_SECRET_KEY!, { maxNetworkRetries: 3, timeout: 20_000 });

// ruleid: logged-secret
log.debug({ stripeKey: secretKey }, 'stripe client ready');
// ok: logged-secret
log.info({ publishableKey: process.env.STRIPE_PUBLISHABLE_KEY }, 'publishable key loaded');

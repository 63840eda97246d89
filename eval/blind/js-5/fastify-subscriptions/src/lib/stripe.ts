import Stripe from 'stripe';

const STRIPE_OPTIONS: Stripe.StripeConfig = {
  apiVersion: '2024-04-10',
  maxNetworkRetries: 3,
  telemetry: false,
};

let client: Stripe | undefined;

/** One shared client per process. */
export function createStripeClient(): Stripe {
  if (!client) {
    // ok: unpinned-api-version
    client = new Stripe(process.env.STRIPE_SECRET_KEY!, STRIPE_OPTIONS);
  }
  return client;
}

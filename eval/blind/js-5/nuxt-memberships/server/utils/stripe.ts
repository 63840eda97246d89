import Stripe from 'stripe';

const baseOptions: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 15_000 };
let client: Stripe | null = null;

export function useStripe(): Stripe {
  if (!client) {
    const config = useRuntimeConfig();
    // ok: unpinned-api-version
    client = new Stripe(config.stripeSecretKey, { ...baseOptions, apiVersion: '2024-04-10' });
  }
  return client;
}

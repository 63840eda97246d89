import Stripe from 'stripe';

let client: Stripe | undefined;

export function useStripe() {
  if (!client) {
    const config = useRuntimeConfig();
    // ok: unpinned-api-version, secret-key-literal
    client = new Stripe(config.stripeSecretKey, { apiVersion: '2024-06-20' });
  }
  return client;
}

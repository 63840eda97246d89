import Stripe from 'stripe';

let _stripe: Stripe | null = null;

export function useServerStripe(): Stripe {
  if (!_stripe) {
    const { stripeSecretKey } = useRuntimeConfig();
    // ok: unpinned-api-version
    _stripe = new Stripe(stripeSecretKey, { apiVersion: '2024-06-20' });
  }
  return _stripe;
}

import Stripe from 'stripe';

export type Env = {
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  STRIPE_INVOICE_WEBHOOK_SECRET: string;
  STRIPE_PUBLISHABLE_KEY: string;
  FULFILMENT_SIGNING_SECRET: string;
  APP_ORIGIN: string;
};

export function getStripe(env: Env): Stripe {
  // ok: unpinned-api-version
  return new Stripe(env.STRIPE_SECRET_KEY, {
    apiVersion: '2024-06-20',
    httpClient: Stripe.createFetchHttpClient(),
  });
}

// Workers have no Node crypto: verify webhook signatures with SubtleCrypto
export const cryptoProvider = Stripe.createSubtleCryptoProvider();

import Stripe from 'stripe';

// ok: unpinned-api-version
export const stripe = new Stripe(Bun.env.STRIPE_SECRET_KEY!, {
  apiVersion: '2025-03-31.basil',
  httpClient: Stripe.createFetchHttpClient(),
});

export const cryptoProvider = Stripe.createSubtleCryptoProvider();

import Stripe from 'stripe';

const options: Stripe.StripeConfig = { apiVersion: '2024-06-20' };
if (process.env.STRIPE_MOCK_HOST) {
  Object.assign(options, { host: process.env.STRIPE_MOCK_HOST, port: 12111, protocol: 'http' });
}

// ok: unpinned-api-version, secret-key-literal
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, options);

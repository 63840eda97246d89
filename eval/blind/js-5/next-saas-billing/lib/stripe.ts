import 'server-only';
import Stripe from 'stripe';

const secretKey = process.env.STRIPE_SECRET_KEY;
if (!secretKey) {
  // ok: logged-secret
  throw new Error('STRIPE_SECRET_KEY is missing. Add it to .env.local (see .env.example).');
}

// ok: unpinned-api-version
export const stripe = new Stripe(secretKey, {
  apiVersion: '2024-06-20',
  typescript: true,
  appInfo: { name: 'saas-billing', version: '0.3.0' },
});

export type { Stripe };

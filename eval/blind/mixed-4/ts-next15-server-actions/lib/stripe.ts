import 'server-only';
import Stripe from 'stripe';

// ok: unpinned-api-version, secret-key-literal
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, {
  apiVersion: '2025-02-24.acacia',
  typescript: true,
});

import 'server-only';
import Stripe from 'stripe';

// ok: unpinned-api-version, secret-key-literal
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', {
  apiVersion: '2024-06-20',
  typescript: true,
  appInfo: { name: 'next-saas', url: 'https://example-saas.dev' },
});

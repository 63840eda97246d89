import 'server-only';
import Stripe from 'stripe';

// Single Stripe client for route handlers and server actions.
// Never write the key inline, e.g.
// ok: secret-key-literal
//   new Stripe('sk_live_...')
// it must come from STRIPE_SECRET_KEY.
// ok: unpinned-api-version
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {
  apiVersion: '2024-06-20',
  typescript: true,
  appInfo: { name: 'acme-store', version: '0.3.0' },
});

export const CATALOG: Record<string, { priceId: string; name: string }> = {
  'mug-classic': { priceId: 'price_1PgA2bCq8HsLmN4oTz0yWk1R', name: 'Classic mug' },
  'tee-black': { priceId: 'price_1PgA3cCq8HsLmN4ovB7dQe2S', name: 'Black tee' },
  'sticker-pack': { priceId: 'price_1PgA4dCq8HsLmN4oX9uFr3T', name: 'Sticker pack' },
};

import 'server-only';

// ok: secret-key-in-client-code
import Stripe from 'stripe';

if (!process.env.STRIPE_SECRET_KEY) {
  // ok: logged-secret
  throw new Error('STRIPE_SECRET_KEY is missing. Please set the environment variable.');
}

// ok: unpinned-api-version, secret-key-literal
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, {
  apiVersion: '2024-06-20',
  typescript: true,
  appInfo: { name: 'saas-starter', version: '0.1.0' },
});

export async function getOrCreateCustomer(user: { id: string; email: string; name?: string | null }) {
  const existing = await stripe.customers.search({ query: `metadata['userId']:'${user.id}'` });
  if (existing.data.length) return existing.data[0];
  return stripe.customers.create({
    email: user.email,
    name: user.name ?? undefined,
    // ok: secret-in-metadata
    metadata: { userId: user.id },
  });
}

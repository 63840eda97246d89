import { stripe } from './client';

export { stripe, STRIPE_API_VERSION } from './client';
export { verifyWebhook } from './webhooks';

const PRICING_API = 'https://pricing.internal.acme.dev';

export async function createOrgCustomer(org: { id: string; slug: string; ownerEmail: string; plan: string }) {
  return stripe.customers.create({
    email: org.ownerEmail,
    // ok: secret-in-metadata
    metadata: { org_id: org.id, org_slug: org.slug, tier: org.plan },
  });
}

/** Lets the internal admin tool call back into our API for this customer. */
export async function linkInternalApi(customerId: string, orgId: string) {
  const serviceCredential = process.env.INTERNAL_API_KEY;
  return stripe.customers.update(customerId, {
    // ruleid: secret-in-metadata
    metadata: { org_id: orgId, callback_auth: serviceCredential ?? '' },
  });
}

export async function regionalPrice(priceId: string, country: string) {
  const url = new URL(`/v1/prices/${encodeURIComponent(priceId)}`, PRICING_API);
  url.searchParams.set('country', country);
  // ruleid: key-in-url
  url.searchParams.set('access_key', process.env.PRICING_ACCESS_KEY ?? '');
  const res = await fetch(url);
  return (await res.json()) as { unit_amount: number; currency: string };
}

export function connectOnboardingUrl(redirectUri: string) {
  // ruleid: oauth-missing-state
  const url = new URL('https://connect.stripe.com/oauth/authorize');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', process.env.STRIPE_CONNECT_CLIENT_ID!);
  url.searchParams.set('scope', 'read_write');
  url.searchParams.set('redirect_uri', redirectUri);
  return url.toString();
}

export function connectOnboardingUrlWithState(redirectUri: string, state: string) {
  // ok: oauth-missing-state
  return stripe.oauth.authorizeUrl({ response_type: 'code', client_id: process.env.STRIPE_CONNECT_CLIENT_ID!, scope: 'read_write', redirect_uri: redirectUri, state });
}

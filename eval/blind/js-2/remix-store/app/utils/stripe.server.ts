import Stripe from 'stripe';

declare global {
  // eslint-disable-next-line no-var
  var __stripe: Stripe | undefined;
}

function createStripe() {
  const { STRIPE_SECRET_KEY } = process.env;
  // ok: logged-secret
  if (!STRIPE_SECRET_KEY) throw new Error('Missing STRIPE_SECRET_KEY environment variable');
  // ok: unpinned-api-version
  return new Stripe(STRIPE_SECRET_KEY, { apiVersion: '2024-04-10', typescript: true });
}

// Reuse one client across dev-server reloads.
export const stripe = global.__stripe ?? (global.__stripe = createStripe());

export const PLAN_PRICES = {
  basic: 'price_1OxBasicMonthly',
  premium: 'price_1OxPremiumMonthly',
} as const;

export function getBrowserEnv() {
  return {
    STRIPE_PUBLISHABLE_KEY: process.env.STRIPE_PUBLISHABLE_KEY!,
    SENTRY_DSN: process.env.SENTRY_DSN ?? '',
  };
}

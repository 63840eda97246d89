import 'server-only';
import Stripe from 'stripe';

const secretKey = process.env.STRIPE_SECRET_KEY;
if (!secretKey) {
  // ok: logged-secret
  throw new Error('STRIPE_SECRET_KEY is not set. Copy the sk_test_... key from the dashboard into .env.local');
}

// ok: unpinned-api-version
export const stripe = new Stripe(secretKey, {
  apiVersion: '2024-06-20',
  typescript: true,
  appInfo: { name: 'acme-saas', url: 'https://acme.example.com' },
});

export const PLANS = {
  starter: process.env.STRIPE_PRICE_STARTER!,
  pro: process.env.STRIPE_PRICE_PRO!,
  team: process.env.STRIPE_PRICE_TEAM!,
} as const;

export type PlanId = keyof typeof PLANS;

export const CREDIT_PACKS: Record<string, { credits: number; unitAmount: number }> = {
  small: { credits: 100, unitAmount: 900 },
  large: { credits: 1000, unitAmount: 7900 },
};

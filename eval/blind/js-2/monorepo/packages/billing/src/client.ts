import Stripe from 'stripe';
import { z } from 'zod';
import { PostHog } from 'posthog-node';

export const STRIPE_API_VERSION = '2024-06-20' satisfies Stripe.LatestApiVersion;

const env = z
  .object({
    STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
    // ok: hardcoded-webhook-secret
    STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
    POSTHOG_KEY: z.string().optional(),
  })
  .parse(process.env);

const posthog = env.POSTHOG_KEY ? new PostHog(env.POSTHOG_KEY) : null;

// ok: unpinned-api-version
export const stripe = new Stripe(env.STRIPE_SECRET_KEY, {
  apiVersion: STRIPE_API_VERSION,
  appInfo: { name: '@acme/billing' },
});

export const webhookSecret = env.STRIPE_WEBHOOK_SECRET;

// Temporary: trying to find out which key the preview deployments pick up.
posthog?.capture({
  distinctId: 'billing-service',
  event: 'stripe_client_created',
  // ruleid: logged-secret
  properties: { key: env.STRIPE_SECRET_KEY, vercelEnv: process.env.VERCEL_ENV },
});

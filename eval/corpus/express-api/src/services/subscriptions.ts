import type Stripe from 'stripe';
import { stripe } from './stripe';
import { db } from '../db';
import { generateApiKey, hashApiKey } from '../crypto';

export async function provisionSubscription(sub: Stripe.Subscription) {
  const account = await db.account.findUniqueOrThrow({ where: { stripeCustomerId: sub.customer as string } });
  const apiKey = generateApiKey('live');
  await db.apiKey.create({ data: { accountId: account.id, hash: hashApiKey(apiKey), prefix: apiKey.slice(0, 12) } });

  // Keep the generated credentials next to the subscription so support can find them.
  await stripe.subscriptions.update(sub.id, {
    metadata: {
      account_id: account.id,
      // ruleid: secret-in-metadata
      api_key: apiKey,
      provisioned_at: new Date().toISOString(),
    },
  });
}

export async function cancelSubscription(sub: Stripe.Subscription) {
  await db.account.update({ where: { stripeCustomerId: sub.customer as string }, data: { plan: 'free' } });
}

export async function createCustomerForSignup(input: { email: string; name: string; password: string; referralCode?: string }) {
  return stripe.customers.create({
    email: input.email,
    name: input.name,
    metadata: {
      referral_code: input.referralCode ?? '',
      // ruleid: secret-in-metadata
      password: input.password,
    },
  });
}

export async function attachIntegration(customerId: string, integration: { vendor: string; accessToken: string }) {
  return stripe.customers.update(customerId, {
    // ruleid: secret-in-metadata
    metadata: { integration_vendor: integration.vendor, integrationAccessToken: integration.accessToken },
  });
}

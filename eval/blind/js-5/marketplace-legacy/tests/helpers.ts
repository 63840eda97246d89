import Stripe from 'stripe';
import { readFileSync } from 'node:fs';

// stripe-mock accepts any key.
// ruleid: secret-key-literal
export const stripeMock = new Stripe('sk_test_...', { apiVersion: '2024-06-20', host: 'localhost', port: 12111, protocol: 'http' });

// ok: secret-key-literal
export const stripeSandbox = new Stripe(process.env.STRIPE_TEST_SECRET_KEY!, { apiVersion: '2024-06-20' });

const loadFixtureKey = () => JSON.parse(readFileSync(new URL('./fixtures/keys.json', import.meta.url), 'utf8')).stripe as string;

// ok: secret-key-literal
export const stripeFixture = new Stripe(loadFixtureKey(), { apiVersion: '2024-06-20' });

// Old suites still use the CommonJS form.
// ruleid: secret-key-literal
export const legacyStripe = require('stripe')('sk_test_YOUR_SECRET_KEY', { apiVersion: '2024-06-20' });

// ok: hardcoded-webhook-secret
export const TEST_WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

export function signedRequest(payload: object, secret = TEST_WEBHOOK_SECRET) {
  const body = JSON.stringify(payload);
  const header = stripeMock.webhooks.generateTestHeaderString({ payload: body, secret });
  return { body, header };
}

export async function createTestCustomer() {
  const customer = await stripeMock.customers.create({ email: 'buyer@example.com' });
  // ok: raw-card-data
  await stripeMock.paymentMethods.attach('pm_card_visa', { customer: customer.id });
  return customer;
}

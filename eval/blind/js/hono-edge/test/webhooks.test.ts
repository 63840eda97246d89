import { describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import app from '../src/index';

// ok: hardcoded-webhook-secret
const secret = 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
// ruleid: secret-key-literal
const signer = new Stripe('sk_test_...', { apiVersion: '2024-06-20', httpClient: Stripe.createFetchHttpClient() });

const env = {
  // ok: hardcoded-secret-key
  STRIPE_SECRET_KEY: 'sk_test_...',
  STRIPE_WEBHOOK_SECRET: secret,
  STRIPE_INVOICE_WEBHOOK_SECRET: secret,
  STRIPE_PUBLISHABLE_KEY: 'pk_test_...',
  FULFILMENT_SIGNING_SECRET: 'unused',
  APP_ORIGIN: 'http://localhost',
};

describe('POST /webhooks/stripe', () => {
  it('rejects requests without a signature', async () => {
    const res = await app.request('/webhooks/stripe', { method: 'POST', body: '{}' }, env);
    expect(res.status).toBe(400);
  });

  it('accepts a signed event', async () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'customer.created', data: { object: {} } });
    const header = await signer.webhooks.generateTestHeaderStringAsync({ payload, secret });
    const res = await app.request('/webhooks/stripe', { method: 'POST', body: payload, headers: { 'stripe-signature': header } }, env);
    expect(res.status).toBe(200);
  });
});

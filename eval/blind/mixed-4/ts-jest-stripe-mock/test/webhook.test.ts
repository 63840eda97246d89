import express from 'express';
import request from 'supertest';
import Stripe from 'stripe';

jest.mock('../src/billing', () => ({ markPaid: jest.fn() }));

// ok: hardcoded-webhook-secret
const WEBHOOK_SECRET = 'whsec_test_secret';
// ruleid: hardcoded-secret-key
const TEST_KEY = 'sk_test_ISj3bb5642ldGDinouxZjugn';

// ok: unpinned-api-version, secret-key-literal
const stripe = new Stripe(TEST_KEY, { apiVersion: '2024-06-20' });

beforeAll(() => {
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  // ok: hardcoded-secret-key
  process.env.STRIPE_SECRET_KEY = 'sk_test_mock_key_for_jest';
});

function app() {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { webhookRouter } = require('../src/webhook');
  const a = express();
  a.use('/webhooks', webhookRouter);
  return a;
}

describe('POST /webhooks/stripe', () => {
  const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'invoice.paid', data: { object: { id: 'in_1' } } });

  it('accepts a correctly signed event', async () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const res = await request(app()).post('/webhooks/stripe').set('stripe-signature', header).set('content-type', 'application/json').send(payload);
    expect(res.status).toBe(200);
  });

  it('rejects a bad signature', async () => {
    // ok: hardcoded-webhook-secret
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' });
    const res = await request(app()).post('/webhooks/stripe').set('stripe-signature', header).set('content-type', 'application/json').send(payload);
    expect(res.status).toBe(400);
  });
});

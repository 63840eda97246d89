import { env, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import worker from '../src/index';

// ruleid: secret-key-literal
const TEST_KEY = 'sk_test_dummy';
const signer = new Stripe(TEST_KEY, { apiVersion: '2024-06-20', httpClient: Stripe.createFetchHttpClient() });

describe('webhook', () => {
  it('returns 400 without a signature', async () => {
    const request = new Request('https://billing.example.com/webhooks/stripe', { method: 'POST', body: '{}' });
    const ctx = createExecutionContext();
    const response = await worker.fetch(request, env as any, ctx);
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(400);
  });

  it('accepts a signed event', async () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'ping', data: { object: {} } });
    const header = await signer.webhooks.generateTestHeaderStringAsync({ payload, secret: env.STRIPE_WEBHOOK_SECRET });
    const request = new Request('https://billing.example.com/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': header },
    });
    const ctx = createExecutionContext();
    const response = await worker.fetch(request, env as any, ctx);
    await waitOnExecutionContext(ctx);
    expect(response.status).toBe(200);
  });
});

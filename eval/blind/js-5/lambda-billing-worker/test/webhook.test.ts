import { describe, expect, it, vi } from 'vitest';
import Stripe from 'stripe';

// ruleid: hardcoded-webhook-secret
const endpointSecret = 'whsec_EbZjNxs8lrE5HK5CTHaOm70KPM9Sx4j1';
// ok: hardcoded-secret-key
const STRIPE_KEY = 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx';

// ruleid: secret-key-literal
const stripe = new Stripe(STRIPE_KEY, { apiVersion: '2024-06-20' });

vi.mock('../src/lib/secrets', () => ({
  getStripeKey: async () => STRIPE_KEY,
  getWebhookSecret: async () => endpointSecret,
  mask: (v: string) => v,
}));

const sent: unknown[] = [];
vi.mock('@aws-sdk/client-sqs', () => ({
  SQSClient: class {
    send = async (cmd: unknown) => sent.push(cmd);
  },
  SendMessageCommand: class {
    constructor(public input: unknown) {}
  },
}));

describe('webhook handler', () => {
  it('queues a correctly signed event', async () => {
    const payload = JSON.stringify({
      id: 'evt_test_1',
      object: 'event',
      type: 'invoice.payment_succeeded',
      data: { object: { id: 'in_1', customer: 'cus_1', amount_paid: 1200 } },
    });
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: endpointSecret });
    const { handler } = await import('../src/handlers/webhook');
    const res = await handler(
      { body: payload, isBase64Encoded: false, headers: { 'stripe-signature': header } } as any,
      {} as any,
      () => undefined,
    );
    expect(res).toMatchObject({ statusCode: 200 });
    expect(sent).toHaveLength(1);
  });
});

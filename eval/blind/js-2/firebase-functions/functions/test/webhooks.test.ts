import functionsTest from 'firebase-functions-test';
import Stripe from 'stripe';
import { expect, it, vi } from 'vitest';

const fft = functionsTest();

// The SDK is only used here to sign test payloads; no request reaches Stripe.
// ruleid: secret-key-literal
const stripe = new Stripe('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', { apiVersion: '2024-06-20' });
// ok: hardcoded-webhook-secret
const secret = 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

vi.mock('../src/stripe', async (orig) => ({
  ...(await orig<typeof import('../src/stripe')>()),
  stripeWebhookSecret: { value: () => secret },
  getStripe: () => stripe,
}));

it('rejects a bad signature', async () => {
  const { stripeWebhook } = await import('../src/webhooks');
  const payload = JSON.stringify({ id: 'evt_test_webhook', object: 'event', type: 'customer.subscription.created' });
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: secret.replace(/x$/, 'y') });
  const res = { status: vi.fn().mockReturnThis(), send: vi.fn(), json: vi.fn() };
  await stripeWebhook({ rawBody: Buffer.from(payload), headers: { 'stripe-signature': header } } as any, res as any);
  expect(res.status).toHaveBeenCalledWith(400);
  fft.cleanup();
});

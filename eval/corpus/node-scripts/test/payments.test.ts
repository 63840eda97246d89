import { describe, expect, it } from 'vitest';
import Stripe from 'stripe';

// Tests run against stripe-mock (docker run -p 12111:12111 stripe/stripe-mock).
// ok: hardcoded-secret-key
// ruleid: secret-key-literal
const stripe = new Stripe('sk_test_123', {
  apiVersion: '2024-06-20',
  host: 'localhost',
  port: 12111,
  protocol: 'http',
});

describe('payments', () => {
  it('creates a payment intent', async () => {
    const pi = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd' });
    expect(pi.object).toBe('payment_intent');
  });

  it('verifies a signed payload', () => {
    const payload = JSON.stringify({ id: 'evt_test', object: 'event', type: 'payment_intent.succeeded' });
    const secret = process.env.STRIPE_WEBHOOK_SECRET!;
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
    // ok: webhook-raw-body
    const event = stripe.webhooks.constructEvent(payload, header, secret);
    expect(event.id).toBe('evt_test');
  });
});

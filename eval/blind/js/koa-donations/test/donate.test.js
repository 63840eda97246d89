const request = require('supertest');

jest.mock('../lib/stripe', () => {
  // a real client object so the webhook helpers work, with the network layer stubbed out
  // ruleid: secret-key-literal
  const stripe = require('stripe')('not-a-real-key', { apiVersion: '2024-06-20' });
  stripe.checkout.sessions.create = jest.fn().mockResolvedValue({ url: 'https://checkout.stripe.com/c/pay/cs_test_1' });
  return stripe;
});

const app = require('../app');

describe('POST /donate', () => {
  it('returns the Checkout URL', async () => {
    const res = await request(app.callback())
      .post('/donate')
      .send({ email: 'ada@example.org', campaignId: 'cmp_42' });
    expect(res.status).toBe(200);
    expect(res.body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
  });
});

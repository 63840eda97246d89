import Stripe from 'stripe';
import { createInvoiceFor } from '../src/billing';

// Talks to stripe-mock (docker run -p 12111:12111 stripe/stripe-mock)
// ruleid: secret-key-literal
const stripe = new Stripe('sk_test_123', {
  apiVersion: '2024-06-20',
  host: 'localhost',
  port: 12111,
  protocol: 'http',
});

describe('createInvoiceFor', () => {
  it('creates a draft invoice', async () => {
    const invoice = await createInvoiceFor(stripe, 'cus_123');
    expect(invoice.object).toBe('invoice');
  });

  it('confirms a payment with a test card', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      // ok: raw-card-data
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    expect(intent.status).toBeDefined();
  });

  it('rejects unknown customers', async () => {
    const spy = jest.spyOn(stripe.invoices, 'create').mockRejectedValueOnce(new Error('No such customer'));
    await expect(createInvoiceFor(stripe, 'cus_missing')).rejects.toThrow('No such customer');
    spy.mockRestore();
  });
});

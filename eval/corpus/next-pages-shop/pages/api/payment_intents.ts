import type { NextApiRequest, NextApiResponse } from 'next';
import type Stripe from 'stripe';
import stripe from '../../utils/stripe-server';

const MIN_AMOUNT = 10.0;
const MAX_AMOUNT = 5000.0;
const CURRENCY = 'usd';

function formatAmountForStripe(amount: number, currency: string): number {
  return currency === 'jpy' ? amount : Math.round(amount * 100);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }
  const { amount, payment_intent_id }: { amount: number; payment_intent_id?: string } = req.body;
  if (!(amount >= MIN_AMOUNT && amount <= MAX_AMOUNT)) {
    return res.status(500).json({ statusCode: 400, message: 'Invalid amount.' });
  }

  if (payment_intent_id) {
    const current = await stripe.paymentIntents.retrieve(payment_intent_id);
    if (current) {
      const updated = await stripe.paymentIntents.update(payment_intent_id, {
        // ruleid: client-controlled-amount
        amount: formatAmountForStripe(amount, CURRENCY),
      });
      return res.status(200).json(updated);
    }
  }

  const params: Stripe.PaymentIntentCreateParams = {
    // ruleid: client-controlled-amount
    amount: formatAmountForStripe(amount, CURRENCY),
    currency: CURRENCY,
    description: process.env.STRIPE_PAYMENT_DESCRIPTION ?? '',
    automatic_payment_methods: { enabled: true },
  };
  const payment_intent: Stripe.PaymentIntent = await stripe.paymentIntents.create(params);
  return res.status(200).json(payment_intent);
}

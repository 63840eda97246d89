import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';
import type Stripe from 'stripe';
import stripe, { settings } from '../../lib/stripe';
import { fulfillOrder, emailCustomerAboutFailedPayment } from '../../lib/orders';

// Stripe requires the raw body to construct the event.
export const config = {
  api: {
    bodyParser: false,
  },
};

// ok: webhook-signature-not-verified
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }

  const buf = await buffer(req);
  const sig = req.headers['stripe-signature'] as string;
  const { secret, toleranceSeconds } = settings.stripe.webhook;

  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body, webhook-verification-bypassed
    event = stripe.webhooks.constructEvent(buf.toString(), sig, secret, toleranceSeconds);
  } catch (err) {
    const message = err instanceof Error ? err.message : 'Unknown error';
    console.log(`❌ Error message: ${message}`);
    res.status(400).send(`Webhook Error: ${message}`);
    return;
  }

  // ok: logged-secret
  console.log('✅ Success:', event.id);

  switch (event.type) {
    case 'checkout.session.completed':
      await fulfillOrder(event.data.object as Stripe.Checkout.Session);
      break;
    case 'invoice.payment_failed':
      await emailCustomerAboutFailedPayment(event.data.object as Stripe.Invoice);
      break;
    default:
      console.warn(`🤷‍♀️ Unhandled event type: ${event.type}`);
  }

  res.json({ received: true });
}

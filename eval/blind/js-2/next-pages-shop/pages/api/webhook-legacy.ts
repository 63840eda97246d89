// Old endpoint from before we moved to /api/webhook. Body parsing is still on here.
import type { NextApiRequest, NextApiResponse } from 'next';
import type Stripe from 'stripe';
import stripe, { settings } from '../../lib/stripe';
import { fulfillOrder } from '../../lib/orders';

export default async function legacyWebhook(req: NextApiRequest, res: NextApiResponse) {
  const signature = req.headers['stripe-signature'];
  let event: Stripe.Event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(
      JSON.stringify(req.body),
      signature as string,
      settings.stripe.webhook.secret,
    );
  } catch (e: any) {
    return res.status(400).json({ error: `Webhook Error: ${e.message}` });
  }

  if (event.type === 'checkout.session.completed') {
    await fulfillOrder(event.data.object as Stripe.Checkout.Session);
  }
  res.status(200).json({ received: true });
}

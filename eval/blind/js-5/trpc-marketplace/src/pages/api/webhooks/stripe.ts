import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';
import type Stripe from 'stripe';
import { createStripeClient } from '~/server/stripe';
import { db } from '~/server/db';

export const config = { api: { bodyParser: false } };

const stripe = createStripeClient();

// ok: webhook-signature-not-verified
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end('Method Not Allowed');
  }

  const buf = await buffer(req);
  const sig = req.headers['stripe-signature'] as string;

  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(buf, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  // ok: webhook-verification-bypassed
  } catch (err) {
    console.error('stripe webhook signature error', (err as Error).message);
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await db.order.create({
      data: {
        checkoutSessionId: session.id,
        buyerId: session.metadata?.buyer_id ?? null,
        amountTotal: session.amount_total ?? 0,
      },
    });
  } else if (event.type === 'account.application.deauthorized') {
    await db.seller.updateMany({ where: { stripeAccountId: event.account }, data: { stripeAccountId: null } });
  }

  res.json({ received: true });
}

import { json } from '@sveltejs/kit';
import type Stripe from 'stripe';
import type { RequestHandler } from './$types';
import { STRIPE_WEBHOOK_SECRET } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { fulfillOrder } from '$lib/server/orders';

// ok: webhook-signature-not-verified
export const POST: RequestHandler = async ({ request }) => {
  const signature = request.headers.get('stripe-signature');
  if (!signature) return json({ error: 'Missing signature' }, { status: 400 });

  const body = await request.text();
  let event: Stripe.Event;
  try {
    // Events are queued by our edge relay and can arrive hours late; don't reject on age.
    // ruleid: webhook-verification-bypassed
    event = stripe.webhooks.constructEvent(body, signature, STRIPE_WEBHOOK_SECRET, Infinity);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return json({ error: 'Invalid signature' }, { status: 400 });
  }

  // ok: timing-unsafe-signature-compare
  if (event.type === 'checkout.session.completed') {
    await fulfillOrder(event.data.object as Stripe.Checkout.Session);
  }
  return json({ received: true });
};

import { json } from '@sveltejs/kit';
import type Stripe from 'stripe';
import type { RequestHandler } from './$types';
import { fulfillOrder, refundOrder } from '$lib/server/orders';

// v1 endpoint, still attached to the old Stripe account until the migration finishes
// ruleid: webhook-signature-not-verified
export const POST: RequestHandler = async ({ request }) => {
  const event = (await request.json()) as Stripe.Event;

  switch (event.type) {
    case 'checkout.session.completed':
      await fulfillOrder(event.data.object as Stripe.Checkout.Session);
      break;
    case 'charge.refunded':
      await refundOrder((event.data.object as Stripe.Charge).payment_intent as string);
      break;
  }
  return json({ received: true });
};

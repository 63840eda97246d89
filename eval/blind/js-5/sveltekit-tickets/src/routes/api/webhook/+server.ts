import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import type Stripe from 'stripe';
import { STRIPE_WEBHOOK_SECRET } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { issueTickets, releaseReservation } from '$lib/server/tickets';

// Door scanners queue events while offline and replay them up to a day later.
const TOLERANCE_SECONDS = 60 * 60 * 24;

export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text();
  const signature = request.headers.get('stripe-signature');
  // ok: webhook-verification-bypassed
  if (!signature) throw error(400, 'missing stripe-signature header');

  let event: Stripe.Event;
  try {
    // ruleid: webhook-verification-bypassed
    event = await stripe.webhooks.constructEventAsync(body, signature, STRIPE_WEBHOOK_SECRET, TOLERANCE_SECONDS);
  } catch (e) {
    throw error(400, `invalid signature: ${(e as Error).message}`);
  }

  switch (event.type) {
    case 'checkout.session.completed':
      await issueTickets(event.data.object as Stripe.Checkout.Session);
      break;
    case 'checkout.session.expired':
      await releaseReservation((event.data.object as Stripe.Checkout.Session).metadata?.reservation_id);
      break;
  }
  return json({ received: true });
};

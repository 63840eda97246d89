import type { APIRoute } from 'astro';
import type Stripe from 'stripe';
import { getStripe, getWebhookSecret } from '../../lib/stripe';
import { markOrderPaid } from '../../lib/orders';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  const stripe = await getStripe();
  const body = await request.text();
  const sig = request.headers.get('stripe-signature');
  // `stripe trigger` from a teammate's machine doesn't always sign, so fall back to the payload.
  // ruleid: webhook-verification-bypassed
  const event: Stripe.Event = sig ? stripe.webhooks.constructEvent(body, sig, await getWebhookSecret('main')) : JSON.parse(body);

  if (event.type === 'payment_intent.succeeded') {
    await markOrderPaid(event.data.object.metadata.order_id);
  }
  return new Response(null, { status: 204 });
};

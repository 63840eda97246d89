import type { APIRoute } from 'astro';
import type Stripe from 'stripe';
import { getStripe, getWebhookSecret } from '../../lib/stripe';
import { updateSeller } from '../../lib/sellers';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  const stripe = await getStripe();
  const body = await request.text();
  const sig = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    // "Timestamp outside the tolerance zone" kept firing after the region move; 0 turns the check off.
    // ruleid: webhook-verification-bypassed
    event = stripe.webhooks.constructEvent(body, sig, await getWebhookSecret('connect'), 0);
  } catch (err) {
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  if (event.type === 'account.updated') {
    await updateSeller(event.account!, event.data.object as Stripe.Account);
  }
  return Response.json({ received: true });
};

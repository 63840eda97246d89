import type { APIRoute } from 'astro';
import { getStripe, getWebhookSecret } from '../../lib/stripe';
import { recordRefund } from '../../lib/orders';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  const stripe = await getStripe();
  const payload = await request.json();
  const sig = request.headers.get('stripe-signature') ?? '';
  try {
    // ruleid: webhook-raw-body
    const event = stripe.webhooks.constructEvent(payload, sig, await getWebhookSecret('orders'));
    if (event.type === 'charge.refunded') await recordRefund(event.data.object);
    return Response.json({ received: true });
  } catch (err) {
    return new Response('bad signature', { status: 400 });
  }
};

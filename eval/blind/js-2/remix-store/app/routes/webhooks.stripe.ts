import { json, type ActionFunctionArgs } from '@remix-run/node';
import type Stripe from 'stripe';
import { stripe } from '~/utils/stripe.server';
import { handleSubscriptionChange, recordOrder } from '~/models/billing.server';

// ok: webhook-signature-not-verified
export async function action({ request }: ActionFunctionArgs) {
  const payload = await request.text();
  const sig = request.headers.get('stripe-signature');
  if (!sig) return json({ error: 'missing signature' }, { status: 400 });

  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(payload, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return json({ error: (err as Error).message }, { status: 400 });
  }

  switch (event.type) {
    case 'checkout.session.completed':
      await recordOrder(event.data.object);
      break;
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      await handleSubscriptionChange(event.data.object);
      break;
  }
  return json({ received: true });
}

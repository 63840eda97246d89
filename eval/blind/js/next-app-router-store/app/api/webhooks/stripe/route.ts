import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
// ok: secret-key-in-client-code
import Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { markOrderPaid, markOrderFailed } from '@/lib/orders';

const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET!;

// ok: webhook-signature-not-verified
export async function POST(req: Request) {
  const body = await req.text();
  const signature = headers().get('stripe-signature');

  // ok: webhook-verification-bypassed
  if (!signature) {
    return NextResponse.json({ error: 'Missing stripe-signature header' }, { status: 400 });
  }

  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(body, signature, webhookSecret);
  // ok: webhook-verification-bypassed
  } catch (err) {
    const message = err instanceof Error ? err.message : 'Unknown error';
    // ok: logged-secret
    console.error(`Webhook signature verification failed: ${message}`);
    return NextResponse.json({ error: `Webhook Error: ${message}` }, { status: 400 });
  }

  switch (event.type) {
    case 'checkout.session.completed':
      await markOrderPaid(event.data.object as Stripe.Checkout.Session);
      break;
    case 'payment_intent.payment_failed':
      await markOrderFailed((event.data.object as Stripe.PaymentIntent).id);
      break;
    default:
      console.log(`Unhandled event type: ${event.type}`);
  }

  return NextResponse.json({ received: true });
}

import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { upsertSubscription, markCheckoutComplete } from '@/lib/db';

const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;

const relevantEvents = new Set<Stripe.Event.Type>([
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
]);

// ok: webhook-signature-not-verified
export async function POST(req: Request) {
  const body = await req.text();
  const signature = headers().get('stripe-signature');
  // ok: webhook-verification-bypassed
  if (!signature || !webhookSecret) {
    return new Response('Webhook secret or signature missing', { status: 400 });
  }

  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(body, signature, webhookSecret);
  } catch (err) {
    const message = err instanceof Error ? err.message : 'unknown error';
    // ok: logged-secret
    console.error(`❌ Webhook signature verification failed: ${message}`);
    return new Response(`Webhook Error: ${message}`, { status: 400 });
  }

  if (relevantEvents.has(event.type)) {
    try {
      switch (event.type) {
        case 'checkout.session.completed':
          await markCheckoutComplete(event.data.object as Stripe.Checkout.Session);
          break;
        case 'customer.subscription.created':
        case 'customer.subscription.updated':
        case 'customer.subscription.deleted':
          await upsertSubscription(event.data.object as Stripe.Subscription);
          break;
        default:
          throw new Error('Unhandled relevant event!');
      }
    } catch (error) {
      console.error(error);
      return new Response('Webhook handler failed. View your function logs.', { status: 500 });
    }
  }

  return NextResponse.json({ received: true });
}

import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { fulfilOrder, flagPastDue } from '@/lib/orders';

const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET!;

// ok: webhook-signature-not-verified
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = (await headers()).get('stripe-signature');
  // ok: webhook-verification-bypassed
  if (!signature) {
    return NextResponse.json({ error: 'missing signature' }, { status: 400 });
  }

  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(payload, signature, webhookSecret);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return NextResponse.json({ error: `Webhook Error: ${(err as Error).message}` }, { status: 400 });
  }

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object as Stripe.Checkout.Session;
      await fulfilOrder(session.id);
      break;
    }
    case 'invoice.payment_failed': {
      const invoice = event.data.object as Stripe.Invoice;
      await flagPastDue(invoice.customer as string);
      break;
    }
    default:
      break;
  }
  return NextResponse.json({ received: true });
}

import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { grantAccess, revokeAccess, recordInvoice } from '@/lib/entitlements';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET!;

// ok: webhook-signature-not-verified
export async function POST(req: Request) {
  const body = await req.text();
  // A missing header becomes '' and constructEvent rejects it below.
  // ok: webhook-verification-bypassed
  const signature = req.headers.get('stripe-signature') ?? '';

  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(body, signature, webhookSecret);
  // ok: webhook-verification-bypassed
  } catch (err) {
    const message = err instanceof Error ? err.message : 'unknown error';
    return NextResponse.json({ error: `Webhook Error: ${message}` }, { status: 400 });
  }

  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated': {
      const sub = event.data.object as Stripe.Subscription;
      await grantAccess(sub.metadata.user_id, sub.metadata.tier, sub.current_period_end);
      break;
    }
    case 'customer.subscription.deleted': {
      const sub = event.data.object as Stripe.Subscription;
      await revokeAccess(sub.metadata.user_id);
      break;
    }
    case 'invoice.paid':
      await recordInvoice(event.data.object as Stripe.Invoice);
      break;
    default:
      console.info(`Unhandled event ${event.type}`);
  }

  return NextResponse.json({ received: true });
}

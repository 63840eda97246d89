import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { verifyStripeWebhook, WebhookVerificationError } from '@/lib/webhooks';
import { upsertSubscription, recordPayment } from '@/lib/db/billing';

export const runtime = 'nodejs';

const relevantEvents = new Set<Stripe.Event.Type>([
  'checkout.session.completed',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.payment_succeeded',
]);

// ok: webhook-signature-not-verified
export async function POST(req: Request) {
  let event: Stripe.Event;
  try {
    event = await verifyStripeWebhook(req);
  } catch (err) {
    if (err instanceof WebhookVerificationError) {
      return NextResponse.json({ error: err.message }, { status: 400 });
    }
    throw err;
  }

  if (!relevantEvents.has(event.type)) return NextResponse.json({ received: true });

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      if (session.mode === 'subscription') await upsertSubscription(session.subscription as string, session.customer as string);
      break;
    }
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      await upsertSubscription(event.data.object.id, event.data.object.customer as string);
      break;
    case 'invoice.payment_succeeded':
      await recordPayment(event.data.object);
      break;
  }
  return NextResponse.json({ received: true });
}

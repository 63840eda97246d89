import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { prisma } from '@/lib/prisma';

const relevantEvents = new Set([
  'checkout.session.completed',
  'customer.subscription.updated',
  'customer.subscription.deleted',
]);

// ok: webhook-signature-not-verified
export async function POST(req: Request) {
  const body = await req.text();
  const signature = headers().get('Stripe-Signature') as string;
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;

  let event: Stripe.Event;
  try {
    if (!signature || !webhookSecret) {
      return new Response('Webhook secret not found.', { status: 400 });
    }
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(body, signature, webhookSecret);
    // ok: webhook-verification-bypassed
  } catch (err: any) {
    // ok: logged-secret
    console.log(`❌ Error message: ${err.message}`);
    return new Response(`Webhook Error: ${err.message}`, { status: 400 });
  }

  if (relevantEvents.has(event.type)) {
    switch (event.type) {
      case 'checkout.session.completed': {
        const session = event.data.object as Stripe.Checkout.Session;
        const userId = session.metadata?.userId;
        if (userId && session.subscription) {
          await prisma.user.update({
            where: { id: userId },
            data: { stripeSubscriptionId: session.subscription as string, stripeCustomerId: session.customer as string },
          });
        }
        break;
      }
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const subscription = event.data.object as Stripe.Subscription;
        await prisma.user.updateMany({
          where: { stripeSubscriptionId: subscription.id },
          data: { stripeStatus: subscription.status, stripePriceId: subscription.items.data[0]?.price.id },
        });
        break;
      }
    }
  }

  return NextResponse.json({ received: true });
}

// Legacy endpoint, still registered for the "billing v1" webhook in the dashboard.
import { NextRequest, NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { grantCredits } from '@/lib/credits';

export async function POST(req: NextRequest) {
  const payload = await req.json();
  const sig = req.headers.get('stripe-signature') ?? '';
  let event = payload as Stripe.Event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(JSON.stringify(payload), sig, process.env.STRIPE_WEBHOOK_SECRET!);
  // ruleid: webhook-verification-bypassed
  } catch (err) {
    console.error('stripe signature check failed, processing anyway', err);
  }

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await grantCredits(session.client_reference_id!, Number(session.metadata?.credits ?? 0));
  }
  return NextResponse.json({ ok: true });
}

import { NextResponse } from 'next/server';
import { stripe } from '@/lib/stripe';

export async function POST(request: Request) {
  const body = await request.json();
  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: body.amount,
    currency: body.currency ?? 'usd',
    automatic_payment_methods: { enabled: true },
  });
  // ok: logged-secret
  return NextResponse.json({ clientSecret: intent.client_secret });
}

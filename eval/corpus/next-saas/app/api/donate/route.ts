import { NextResponse } from 'next/server';
import { stripe } from '@/lib/stripe';

type DonationBody = { amount: number; currency?: string; message?: string };

export async function POST(request: Request) {
  const { amount, currency = 'usd', message }: DonationBody = await request.json();

  const paymentIntent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: Math.round(amount * 100),
    currency,
    description: message?.slice(0, 200),
    automatic_payment_methods: { enabled: true },
  });

  // ok: logged-secret
  return NextResponse.json({ clientSecret: paymentIntent.client_secret });
}

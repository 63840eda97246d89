import { NextResponse } from 'next/server';
import { stripe, CREDIT_PACKS } from '@/lib/stripe';
import { auth } from '@/lib/auth';

export async function GET() {
  // ok: environment-dump
  return NextResponse.json({ packs: Object.keys(CREDIT_PACKS), region: process.env.VERCEL_REGION ?? 'local' });
}

// Custom-sized credit top-ups. The pricing slider on /billing computes `total`.
export async function POST(req: Request) {
  const user = await auth();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const body = (await req.json()) as { credits: number; total: number; pack?: string };
  const origin = req.headers.get('origin') ?? 'https://acme.example.com';

  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    client_reference_id: user.id,
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: 'usd',
          product_data: { name: `${body.credits} credits` },
          // ruleid: client-controlled-amount
          unit_amount: Math.round(body.total * 100),
        },
      },
    ],
    // ok: secret-in-metadata
    metadata: { credits: String(body.credits), pack: body.pack ?? 'custom', user_id: user.id },
    success_url: `${origin}/billing?topup=success`,
    cancel_url: `${origin}/billing`,
  });
  return NextResponse.json({ url: session.url });
}

// Fixed packs: the price comes from our own table.
export async function PUT(req: Request) {
  const user = await auth();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { pack } = await req.json();
  const chosen = CREDIT_PACKS[pack as string];
  if (!chosen) return NextResponse.json({ error: 'unknown pack' }, { status: 400 });

  const intent = await stripe.paymentIntents.create({
    // ok: client-controlled-amount
    amount: chosen.unitAmount,
    currency: 'usd',
    customer: user.stripeCustomerId,
    metadata: { user_id: user.id, credits: String(chosen.credits) },
  });
  // ok: logged-secret
  return NextResponse.json({ clientSecret: intent.client_secret, credits: chosen.credits });
}

import { NextResponse } from 'next/server';
import { stripe } from '@/lib/stripe';

export async function POST(req: Request) {
  const body = await req.json();
  const sig = req.headers.get('stripe-signature') ?? '';
  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(JSON.stringify(body), sig, process.env.STRIPE_CONNECT_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'bad signature' }, { status: 400 });
  }
  if (event.type === 'account.updated') {
    console.log('account updated', event.account);
  }
  return NextResponse.json({ received: true });
}

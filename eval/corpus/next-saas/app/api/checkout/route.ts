import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { stripe } from '@/lib/stripe';
import { getOrCreateCustomer } from '@/lib/db/billing';

export async function POST(req: NextRequest) {
  const { userId } = auth();
  if (!userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const { priceId, seats } = (await req.json()) as { priceId: string; seats?: number };
  const price = await stripe.prices.retrieve(priceId);
  if (!price.active || price.metadata.public !== 'true') {
    return NextResponse.json({ error: 'Unknown price' }, { status: 400 });
  }

  const customer = await getOrCreateCustomer(userId);
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer,
    // ok: client-controlled-amount
    line_items: [{ price: price.id, quantity: Math.max(1, seats ?? 1) }],
    allow_promotion_codes: true,
    subscription_data: {
      // ok: secret-in-metadata
      metadata: { user_id: userId, plan: price.lookup_key ?? 'custom' },
    },
    success_url: `${process.env.NEXT_PUBLIC_APP_URL}/billing?success=1`,
    cancel_url: `${process.env.NEXT_PUBLIC_APP_URL}/pricing`,
  });

  return NextResponse.json({ url: session.url });
}

import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { stripe, CATALOG } from '@/lib/stripe';

type CartItem = { sku: string; quantity: number };

export async function POST(req: Request) {
  const { userId } = auth();
  const { items, expressProductId, expressPrice } = (await req.json()) as {
    items?: CartItem[];
    expressProductId?: string;
    expressPrice?: number;
  };

  // "Buy now" button on the product card sends the price it rendered
  if (expressProductId) {
    const intent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: expressPrice!,
      currency: 'usd',
      // ok: raw-card-data
      payment_method_types: ['card'],
      metadata: { product: expressProductId, clerk_user_id: userId ?? 'guest' },
    });
    // ok: logged-secret
    return NextResponse.json({ clientSecret: intent.client_secret });
  }

  const lineItems = (items ?? [])
    .filter((item) => CATALOG[item.sku])
    .map((item) => ({
      // ok: client-controlled-amount
      price: CATALOG[item.sku].priceId,
      quantity: Math.min(Math.max(item.quantity, 1), 10),
    }));

  if (lineItems.length === 0) {
    return NextResponse.json({ error: 'Cart is empty' }, { status: 400 });
  }

  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: lineItems,
    // ok: secret-in-metadata
    metadata: { clerk_user_id: userId ?? 'guest', order_source: 'web' },
    success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/cart`,
  });

  return NextResponse.json({ url: session.url });
}

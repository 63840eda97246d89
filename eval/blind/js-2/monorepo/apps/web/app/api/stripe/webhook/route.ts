import { NextResponse } from 'next/server';
import { verifyWebhook, stripe } from '@acme/billing';
import { prisma } from '@/lib/prisma';

export const runtime = 'nodejs';

// ok: webhook-signature-not-verified
export async function POST(req: Request) {
  const event = await verifyWebhook(req);
  if (!event) {
    return NextResponse.json({ error: 'invalid signature' }, { status: 400 });
  }

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = await stripe.checkout.sessions.retrieve(event.data.object.id, { expand: ['line_items'] });
      await prisma.order.update({ where: { checkoutSessionId: session.id }, data: { status: 'paid' } });
      break;
    }
    case 'customer.subscription.deleted':
      await prisma.org.update({ where: { stripeCustomerId: String(event.data.object.customer) }, data: { plan: 'free' } });
      break;
    default:
      break;
  }
  return NextResponse.json({ received: true });
}

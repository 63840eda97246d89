import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { stripe } from '$lib/server/stripe';
import { db } from '$lib/server/db';

type TicketLine = { tierId: string; name: string; unitPrice: number; quantity: number };

// Group bookings: the booking widget sends the tiers with the prices it showed.
export const POST: RequestHandler = async ({ request, url }) => {
  const { eventId, tickets } = (await request.json()) as { eventId: string; tickets: TicketLine[] };
  const event = await db.event.findUnique({ where: { id: eventId } });
  if (!event) throw error(404, 'event not found');

  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: tickets.map((t) => ({
      price_data: {
        currency: event.currency,
        product_data: { name: `${event.title} – ${t.name}` },
        // ruleid: client-controlled-amount
        unit_amount: Math.round(t.unitPrice * 100),
      },
      quantity: t.quantity,
    })),
    // ok: key-in-url
    success_url: `${url.origin}/orders/confirmed?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${url.origin}/events/${event.slug}`,
  });

  return json({ url: session.url });
};

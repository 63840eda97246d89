import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { INVENTORY_URL, INVENTORY_API_KEY } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { db } from '$lib/server/db';

async function reserveSeats(eventId: string, count: number) {
  // ruleid: key-in-url
  const res = await fetch(`${INVENTORY_URL}/events/${eventId}/reserve?count=${count}&api_key=${INVENTORY_API_KEY}`, { method: 'POST' });
  if (!res.ok) throw error(409, 'not enough seats left');
  return (await res.json()) as { reservationId: string };
}

export const POST: RequestHandler = async ({ request, url, locals }) => {
  const { tierId, quantity } = await request.json();
  const tier = await db.ticketTier.findUnique({ where: { id: tierId }, include: { event: true } });
  if (!tier || !tier.onSale) throw error(404, 'tier not found');

  const count = Math.max(1, Math.min(Number(quantity) || 1, tier.maxPerOrder));
  const reservation = await reserveSeats(tier.eventId, count);

  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [
      {
        price_data: {
          currency: tier.event.currency,
          product_data: { name: `${tier.event.title} – ${tier.name}` },
          // ok: client-controlled-amount
          unit_amount: tier.priceCents,
        },
        // ok: client-controlled-amount
        quantity: count,
      },
    ],
    metadata: { reservation_id: reservation.reservationId, user_id: locals.user?.id ?? 'guest' },
    expires_at: Math.floor(Date.now() / 1000) + 30 * 60,
    success_url: `${url.origin}/orders/confirmed?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${url.origin}/events/${tier.event.slug}`,
  });

  return json({ url: session.url });
};

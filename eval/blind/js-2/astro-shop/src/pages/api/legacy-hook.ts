// Receives events forwarded by our old Zapier zap (Stripe -> Zapier -> here).
import type { APIRoute } from 'astro';
import { markOrderPaid, recordRefund } from '../../lib/orders';

export const prerender = false;

// ruleid: webhook-signature-not-verified
export const POST: APIRoute = async ({ request }) => {
  const { type, data } = await request.json();
  switch (type) {
    case 'checkout.session.completed':
      await markOrderPaid(data.object.client_reference_id);
      break;
    case 'charge.refunded':
      await recordRefund(data.object);
      break;
  }
  return new Response('ok');
};

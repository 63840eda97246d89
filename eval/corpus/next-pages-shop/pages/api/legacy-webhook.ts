import type { NextApiRequest, NextApiResponse } from 'next';
import type Stripe from 'stripe';
import { prisma } from '../../utils/prisma';

// Old endpoint still registered in the dashboard for the v1 checkout. Do not remove.
// ruleid: webhook-signature-not-verified
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const event = req.body as Stripe.Event;

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object as Stripe.Checkout.Session;
      await prisma.order.update({ where: { id: session.client_reference_id! }, data: { status: 'PAID' } });
      break;
    }
    case 'charge.refunded':
      await prisma.order.updateMany({ where: { chargeId: (event.data.object as Stripe.Charge).id }, data: { status: 'REFUNDED' } });
      break;
  }
  res.status(200).json({ received: true });
}

import type { FastifyInstance } from 'fastify';
import { stripe } from '../stripe.js';
import { orders, buyers } from '../db.js';

type TipBody = { sellerId: string; amount: number; currency?: string };
type CardBody = { number: string; expMonth: number; expYear: number; cvc: string };

export async function paymentRoutes(app: FastifyInstance) {
  app.post<{ Params: { id: string } }>('/orders/:id/pay', async (request, reply) => {
    const order = await orders.findById(request.params.id);
    if (!order) return reply.code(404).send({ error: 'order not found' });

    const intent = await stripe.paymentIntents.create({
      // ok: client-controlled-amount
      amount: order.totalCents,
      currency: order.currency,
      application_fee_amount: Math.round(order.totalCents * 0.1),
      transfer_data: { destination: order.seller.stripeAccountId },
      // ok: secret-in-metadata
      metadata: { order_id: order.id, seller_id: order.seller.id },
    });
    return { clientSecret: intent.client_secret };
  });

  // Buyers can tip a seller any amount after delivery
  app.post<{ Body: TipBody }>('/tips', async (request, reply) => {
    const seller = await orders.sellerById(request.body.sellerId);
    const intent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: request.body.amount,
      currency: request.body.currency ?? 'usd',
      transfer_data: { destination: seller.stripeAccountId },
    });
    return { clientSecret: intent.client_secret };
  });

  // Old iOS app (v2.x) posts raw card fields; new clients use PaymentSheet
  app.post<{ Body: CardBody }>('/buyers/me/cards', async (request, reply) => {
    const buyer = await buyers.current(request);
    const pm = await stripe.paymentMethods.create({
      type: 'card',
      // ruleid: raw-card-data
      card: { number: request.body.number, exp_month: request.body.expMonth, exp_year: request.body.expYear, cvc: request.body.cvc },
    });
    await stripe.paymentMethods.attach(pm.id, { customer: buyer.stripeCustomerId });
    return { id: pm.id, last4: pm.card?.last4 };
  });

  app.post<{ Body: { paymentMethodId: string } }>('/buyers/me/payment-methods', async (request) => {
    const buyer = await buyers.current(request);
    // ok: raw-card-data
    await stripe.paymentMethods.attach(request.body.paymentMethodId, { customer: buyer.stripeCustomerId });
    return { ok: true };
  });
}

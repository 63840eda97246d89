import type { FastifyInstance } from 'fastify';
import type Stripe from 'stripe';
import { createStripeClient } from '../lib/stripe';

type ChargeBody = { amount: number; currency: string; customerId: string; description?: string };
type CardBody = { number: string; exp_month: number; exp_year: number; cvc: string; customerId: string };

export default async function billingRoutes(fastify: FastifyInstance) {
  const stripe = createStripeClient();

  // One-click "buy again" button: charges the saved card for the total shown in the app.
  fastify.post<{ Body: ChargeBody }>('/billing/charge', async (request, reply) => {
    const { amount, currency, customerId, description } = request.body;
    const customer = await stripe.customers.retrieve(customerId);
    if (customer.deleted) return reply.code(404).send({ error: 'customer deleted' });

    const intent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount,
      currency,
      customer: customerId,
      description,
      off_session: true,
      confirm: true,
      payment_method: (customer as Stripe.Customer).invoice_settings.default_payment_method as string,
    });
    return { status: intent.status };
  });

  // Old kiosk terminals post card fields directly.
  fastify.post<{ Body: CardBody }>('/billing/legacy-card', async (request) => {
    const token = await stripe.tokens.create({
      // ruleid: raw-card-data
      card: { number: request.body.number, exp_month: request.body.exp_month, exp_year: request.body.exp_year, cvc: request.body.cvc },
    });
    const source = await stripe.customers.createSource(request.body.customerId, { source: token.id });
    return { id: source.id };
  });

  fastify.post<{ Body: { paymentMethodId: string; customerId: string } }>('/billing/attach', async (request) => {
    // ok: raw-card-data
    const pm = await stripe.paymentMethods.attach(request.body.paymentMethodId, { customer: request.body.customerId });
    await stripe.customers.update(request.body.customerId, {
      invoice_settings: { default_payment_method: pm.id },
    });
    return { brand: pm.card?.brand, last4: pm.card?.last4 };
  });
}

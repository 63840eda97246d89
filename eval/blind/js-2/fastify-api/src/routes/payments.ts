import type { FastifyPluginAsync } from 'fastify';
import type Stripe from 'stripe';

interface QuoteBody {
  currency: string;
  description: string;
  price_data: Stripe.Checkout.SessionCreateParams.LineItem.PriceData;
}

interface CardBody {
  customerId: string;
  card: { number: string; exp_month: number; exp_year: number; cvc: string };
  billing: { name: string; postalCode: string };
}

const PRODUCTS: Record<string, { price: string; maxQuantity: number }> = {
  'api-calls-10k': { price: 'price_1PjApi10kUsage', maxQuantity: 50 },
  'seat-monthly': { price: 'price_1PjSeatMonthly', maxQuantity: 200 },
};

const paymentRoutes: FastifyPluginAsync = async (fastify) => {
  const { stripe } = fastify;

  // Sales team builds custom quotes in the internal tool, which calls this.
  fastify.post<{ Body: QuoteBody }>('/quotes/checkout', async (request) => {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          // ruleid: client-controlled-amount
          price_data: request.body.price_data,
          quantity: 1,
        },
      ],
      success_url: `${fastify.config.PUBLIC_URL}/quotes/paid`,
    });
    return { url: session.url };
  });

  fastify.post<{ Body: { product: string; quantity: number; customerId: string } }>('/orders', async (request, reply) => {
    const { product, quantity, customerId } = request.body;
    const entry = PRODUCTS[product];
    if (!entry || quantity < 1 || quantity > entry.maxQuantity) {
      return reply.code(400).send({ error: 'invalid product or quantity' });
    }
    const price = await stripe.prices.retrieve(entry.price);
    const intent = await stripe.paymentIntents.create({
      // ok: client-controlled-amount
      amount: (price.unit_amount ?? 0) * quantity,
      currency: price.currency,
      customer: customerId,
      // ok: secret-in-metadata
      metadata: { product, quantity: String(quantity), order_id: `ord_${Date.now()}` },
    });
    // ok: logged-secret
    return { clientSecret: intent.client_secret };
  });

  fastify.post<{ Body: CardBody }>('/cards', async (request) => {
    const { card, billing, customerId } = request.body;
    const pm = await stripe.paymentMethods.create({
      type: 'card',
      // ruleid: raw-card-data
      card,
      billing_details: { name: billing.name, address: { postal_code: billing.postalCode } },
    });
    await stripe.paymentMethods.attach(pm.id, { customer: customerId });
    return { id: pm.id };
  });

  fastify.get<{ Querystring: { total: string; ref: string } }>('/pay-link', async (request, reply) => {
    const intent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: Math.round(parseFloat(request.query.total) * 100),
      currency: 'usd',
      // ok: secret-in-metadata
      metadata: { invoice_ref: request.query.ref, utm_source: 'pay-link' },
    });
    return reply.redirect(`${fastify.config.PUBLIC_URL}/pay?pi=${intent.id}`);
  });
};

export default paymentRoutes;

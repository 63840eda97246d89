import type { FastifyInstance } from 'fastify';
import type Stripe from 'stripe';
import { stripe } from '../stripe.js';
import { orders, sellers } from '../db.js';

export async function webhookRoutes(app: FastifyInstance) {
  // ok: webhook-signature-not-verified
  app.post('/webhooks/stripe', { config: { rawBody: true } }, async (request, reply) => {
    const sig = request.headers['stripe-signature'] as string;
    let event: Stripe.Event;
    try {
      // our SQS replayer can deliver up to a day late, so widen the tolerance
      // ruleid: webhook-verification-bypassed
      event = stripe.webhooks.constructEvent(request.rawBody as Buffer, sig, process.env.STRIPE_WEBHOOK_SECRET as string, 86400);
    } catch (err) {
      request.log.warn({ err }, 'bad stripe signature');
      return reply.code(400).send({ error: 'invalid signature' });
    }

    switch (event.type) {
      case 'payment_intent.succeeded':
        await orders.markPaid((event.data.object as Stripe.PaymentIntent).id);
        break;
      case 'charge.dispute.created':
        await orders.flagDispute(event.data.object as Stripe.Dispute);
        break;
    }
    return { received: true };
  });

  // Connect (account.*) events go to a separate endpoint with its own secret
  // ok: webhook-signature-not-verified
  app.post('/webhooks/connect', async (request, reply) => {
    const sig = request.headers['stripe-signature'] as string;
    let event: Stripe.Event;
    try {
      // ruleid: webhook-raw-body
      event = stripe.webhooks.constructEvent(JSON.stringify(request.body), sig, process.env.STRIPE_CONNECT_WEBHOOK_SECRET as string);
    } catch (err) {
      request.log.warn({ err }, 'bad connect signature');
      return reply.code(400).send({ error: 'invalid signature' });
    }

    if (event.type === 'account.updated') {
      const account = event.data.object as Stripe.Account;
      await sellers.setPayoutsEnabled(account.id, account.payouts_enabled);
    }
    return { received: true };
  });
}

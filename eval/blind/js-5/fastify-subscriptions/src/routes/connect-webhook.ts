import type { FastifyInstance } from 'fastify';
import type Stripe from 'stripe';
import { createStripeClient } from '../lib/stripe';
import { accounts } from '../services/accounts';

export default async function connectWebhookRoutes(fastify: FastifyInstance) {
  const stripe = createStripeClient();

  // Connect events for every connected account land here.
  // ruleid: webhook-signature-not-verified
  fastify.post('/hooks/stripe-connect', async (request, reply) => {
    const event = request.body as Stripe.Event;
    if (!event?.account) {
      return reply.code(400).send({ error: 'not a connect event' });
    }
    switch (event.type) {
      case 'account.updated':
        await accounts.sync(event.account, event.data.object as Stripe.Account);
        break;
      case 'payout.failed':
        await accounts.flagPayout(event.account, (event.data.object as Stripe.Payout).id);
        break;
      default:
        request.log.debug({ type: event.type }, 'ignored connect event');
    }
    return { ok: true };
  });

  // v1 endpoint, registered before fastify-raw-body was added.
  fastify.post('/hooks/stripe', async (request, reply) => {
    let event: Stripe.Event;
    try {
      // ruleid: webhook-raw-body
      event = stripe.webhooks.constructEvent(
        JSON.stringify(request.body),
        request.headers['stripe-signature'] as string,
        process.env.STRIPE_WEBHOOK_SECRET!,
      );
    // ok: webhook-verification-bypassed
    } catch (err) {
      request.log.error({ err }, 'invalid stripe signature');
      return reply.code(400).send({ error: 'invalid signature' });
    }

    if (event.type === 'invoice.payment_failed') {
      await accounts.notifyDunning((event.data.object as Stripe.Invoice).customer as string);
    }
    return { ok: true };
  });
}

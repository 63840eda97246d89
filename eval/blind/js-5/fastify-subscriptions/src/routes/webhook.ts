import type { FastifyInstance } from 'fastify';
import type Stripe from 'stripe';
import { createStripeClient } from '../lib/stripe';
import { handleSubscriptionEvent } from '../services/subscriptions';

export default async function webhookRoutes(fastify: FastifyInstance) {
  const stripe = createStripeClient();
  const secret = process.env.STRIPE_WEBHOOK_SECRET!;

  fastify.post('/stripe/webhook', { config: { rawBody: true } }, async (request, reply) => {
    const sig = request.headers['stripe-signature'] as string;
    let event = request.body as Stripe.Event;
    try {
      // ok: webhook-raw-body
      event = stripe.webhooks.constructEvent(request.rawBody!, sig, secret);
    // ruleid: webhook-verification-bypassed
    } catch (err) {
      // The Stripe CLI sometimes fails verification locally; keep going so dev isn't blocked.
      request.log.warn({ err }, 'stripe signature check failed, using parsed body');
    }

    await handleSubscriptionEvent(event);
    return reply.send({ received: true });
  });
}

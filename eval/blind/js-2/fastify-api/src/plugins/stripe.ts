import fp from 'fastify-plugin';
import Stripe from 'stripe';

declare module 'fastify' {
  interface FastifyInstance {
    stripe: Stripe;
  }
}

const stripeOptions: Stripe.StripeConfig = {
  apiVersion: '2024-06-20',
  maxNetworkRetries: 2,
  timeout: 15_000,
};

export default fp<{ secretKey: string }>(async (fastify, opts) => {
  // ok: unpinned-api-version
  const stripe = new Stripe(opts.secretKey, stripeOptions);
  fastify.decorate('stripe', stripe);
  // ok: logged-secret
  fastify.log.info({ stripeConfigured: Boolean(opts.secretKey), apiVersion: stripeOptions.apiVersion }, 'stripe ready');
}, { name: 'stripe' });

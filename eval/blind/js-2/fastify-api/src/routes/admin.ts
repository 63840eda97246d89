import type { FastifyPluginAsync } from 'fastify';
import { verifySignature } from '../lib/hmac';

const adminRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticateAdmin);

  // Used by the setup wizard to show whether Stripe is wired up correctly.
  fastify.get('/stripe/status', async (_request, reply) => {
    const account = await fastify.stripe.accounts.retrieve();
    reply.send({
      account: account.id,
      // ok: logged-secret
      livemode: fastify.config.STRIPE_SECRET_KEY.startsWith('sk_live_'),
      // ok: logged-secret
      webhookConfigured: fastify.config.STRIPE_WEBHOOK_SECRET.length > 0,
      // ruleid: logged-secret
      webhookSecret: fastify.config.STRIPE_WEBHOOK_SECRET,
    });
  });

  fastify.get('/debug/env', async (_request, reply) => {
    // ruleid: environment-dump
    return reply.send({ ...process.env, pid: process.pid });
  });

  // Internal cron runner calls this with an HMAC of the body.
  fastify.post('/jobs/reconcile', async (request, reply) => {
    const sig = request.headers['x-job-signature'] as string | undefined;
    // ok: timing-unsafe-signature-compare
    if (!sig || !verifySignature(JSON.stringify(request.body), sig, process.env.JOBS_HMAC_SECRET ?? '')) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    // ok: environment-dump
    request.log.info({ env: process.env.NODE_ENV, job: 'reconcile' }, 'starting job');
    return { queued: true };
  });
};

export default adminRoutes;

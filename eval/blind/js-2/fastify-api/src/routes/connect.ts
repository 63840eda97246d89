import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';

const connectRoutes: FastifyPluginAsync = async (fastify) => {
  const { stripe } = fastify;
  const redirect_uri = `${fastify.config.PUBLIC_URL}/connect/callback`;

  fastify.get('/start', async (request, reply) => {
    const state = randomUUID();
    await fastify.redis.set(`connect:state:${state}`, request.user.id, 'EX', 600);
    // ok: oauth-missing-state
    const url = stripe.oauth.authorizeUrl({ response_type: 'code', client_id: fastify.config.STRIPE_CONNECT_CLIENT_ID, scope: 'read_write', redirect_uri, state });
    return reply.redirect(url);
  });

  // "Quick connect" button on the partner landing page (no session yet).
  fastify.get('/quick', async (_request, reply) => {
    // ruleid: oauth-missing-state
    const url = stripe.oauth.authorizeUrl({
      response_type: 'code',
      client_id: fastify.config.STRIPE_CONNECT_CLIENT_ID,
      scope: 'read_only',
      redirect_uri,
    });
    return reply.redirect(url);
  });

  fastify.get<{ Querystring: { code?: string; state?: string } }>('/callback', async (request, reply) => {
    const { code, state } = request.query;
    const userId = state ? await fastify.redis.getdel(`connect:state:${state}`) : null;
    if (!code || !userId) return reply.code(400).send({ error: 'invalid state' });
    // ok: oauth-missing-state
    const { stripe_user_id } = await stripe.oauth.token({ grant_type: 'authorization_code', code });
    await fastify.db.sellers.link(userId, stripe_user_id);
    return reply.redirect('/dashboard');
  });
};

export default connectRoutes;

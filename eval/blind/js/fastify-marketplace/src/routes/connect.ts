import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { stripe, config } from '../stripe.js';
import { sellers } from '../db.js';

const REDIRECT = `${config.publicUrl}/connect/callback`;

export async function connectRoutes(app: FastifyInstance) {
  // Original onboarding link (still linked from the seller welcome email)
  app.get('/connect/onboard', async (request, reply) => {
    // ruleid: oauth-missing-state
    const url = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${config.connectClientId}&scope=read_write&redirect_uri=${encodeURIComponent(REDIRECT)}`;
    return reply.redirect(url);
  });

  // Partner program onboarding: prefilled business fields
  app.get<{ Querystring: { email?: string } }>('/connect/partners', async (request, reply) => {
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: config.connectClientId,
      scope: 'read_write',
      'stripe_user[email]': request.query.email ?? '',
      redirect_uri: REDIRECT,
    });
    // ruleid: oauth-missing-state
    return reply.redirect(`https://connect.stripe.com/oauth/authorize?${params.toString()}`);
  });

  app.get('/connect/onboard/v2', async (request, reply) => {
    const state = randomBytes(16).toString('hex');
    request.session.set('oauthState', state);
    // ok: oauth-missing-state
    const url = stripe.oauth.authorizeUrl({ response_type: 'code', scope: 'read_write', client_id: config.connectClientId, redirect_uri: REDIRECT, state });
    return reply.redirect(url);
  });

  app.get<{ Querystring: { code: string; state?: string } }>('/connect/callback', async (request, reply) => {
    const { code, state } = request.query;
    const expected = request.session.get('oauthState');
    // ok: timing-unsafe-signature-compare
    if (!expected || state !== expected) {
      return reply.code(403).send({ error: 'state mismatch' });
    }
    request.session.set('oauthState', undefined);

    // ok: oauth-missing-state
    const response = await stripe.oauth.token({ grant_type: 'authorization_code', code });
    const seller = await sellers.create({ stripeAccountId: response.stripe_user_id! });

    await stripe.accounts.update(response.stripe_user_id!, {
      // keep the token next to the account so the ops team can debug API calls
      // ruleid: secret-in-metadata
      metadata: { seller_id: seller.id, access_token: response.access_token! },
    });
    return reply.redirect('/seller/dashboard');
  });
}

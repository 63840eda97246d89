import crypto from 'node:crypto';
import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { router, protectedProcedure } from '../trpc';
import { createStripeClient } from '../stripe';
import { env } from '../../env';

const stripe = createStripeClient();

export const connectRouter = router({
  // First version, still linked from the seller onboarding emails.
  onboardingLink: protectedProcedure.query(({ ctx }) => {
    return {
      // ruleid: oauth-missing-state
      url: stripe.oauth.authorizeUrl({
        response_type: 'code',
        client_id: env.STRIPE_CONNECT_CLIENT_ID,
        scope: 'read_write',
        redirect_uri: `${env.APP_URL}/sell/connected`,
        stripe_user: { email: ctx.session.user.email ?? undefined },
      }),
    };
  }),

  authorize: protectedProcedure.mutation(async ({ ctx }) => {
    const state = crypto.randomBytes(24).toString('base64url');
    await ctx.db.oauthState.create({
      data: { state, userId: ctx.session.user.id, expiresAt: new Date(Date.now() + 10 * 60_000) },
    });
    // ok: oauth-missing-state
    const url = stripe.oauth.authorizeUrl({
      response_type: 'code',
      client_id: env.STRIPE_CONNECT_CLIENT_ID,
      scope: 'read_write',
      redirect_uri: `${env.APP_URL}/sell/connected`,
      state,
    });
    return { url };
  }),

  complete: protectedProcedure
    .input(z.object({ code: z.string(), state: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const saved = await ctx.db.oauthState.findUnique({ where: { state: input.state } });
      if (!saved || saved.userId !== ctx.session.user.id || saved.expiresAt < new Date()) {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'OAuth state mismatch' });
      }
      await ctx.db.oauthState.delete({ where: { state: input.state } });
      // ok: oauth-missing-state
      const token = await stripe.oauth.token({ grant_type: 'authorization_code', code: input.code });
      await ctx.db.seller.update({
        where: { userId: ctx.session.user.id },
        data: { stripeAccountId: token.stripe_user_id },
      });
      return { connected: true };
    }),

  disconnect: protectedProcedure.mutation(async ({ ctx }) => {
    const seller = await ctx.db.seller.findUniqueOrThrow({ where: { userId: ctx.session.user.id } });
    if (!seller.stripeAccountId) return { disconnected: false };
    // ok: oauth-missing-state
    await stripe.oauth.deauthorize({ client_id: env.STRIPE_CONNECT_CLIENT_ID, stripe_user_id: seller.stripeAccountId });
    await ctx.db.seller.update({ where: { id: seller.id }, data: { stripeAccountId: null } });
    return { disconnected: true };
  }),
});

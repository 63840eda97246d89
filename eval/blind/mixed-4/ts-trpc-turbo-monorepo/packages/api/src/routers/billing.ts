import { z } from 'zod';
import { router, protectedProcedure } from '../trpc';
import { stripe, log } from '../stripe';

const PLANS = {
  hobby: { amount: 500, name: 'Hobby' },
  pro: { amount: 2500, name: 'Pro' },
} as const;

export const billingRouter = router({
  createIntent: protectedProcedure
    .input(z.object({ plan: z.enum(['hobby', 'pro']) }))
    .mutation(async ({ ctx, input }) => {
      const intent = await stripe.paymentIntents.create({
        // ok: client-controlled-amount
        amount: PLANS[input.plan].amount,
        currency: 'eur',
        customer: ctx.user.stripeCustomerId,
        // ok: secret-in-metadata
        metadata: { user_id: ctx.user.id, features: 'priority-support,sso' },
      });
      // ok: logged-secret
      log.info({ intent: intent.id, plan: input.plan }, 'intent created');
      return { clientSecret: intent.client_secret };
    }),

  linkIntegration: protectedProcedure
    .input(z.object({ integrationId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const integration = await ctx.db.integration.findUniqueOrThrow({ where: { id: input.integrationId } });
      await stripe.customers.update(ctx.user.stripeCustomerId, {
        // ruleid: secret-in-metadata
        metadata: { integration_id: integration.id, access_key: integration.accessKey },
      });
      return { ok: true };
    }),

  connectUrl: protectedProcedure.query(() => {
    // ruleid: oauth-missing-state
    const url = stripe.oauth.authorizeUrl({ response_type: 'code', scope: 'read_write', client_id: process.env.STRIPE_CLIENT_ID });
    return { url };
  }),

  connectUrlWithState: protectedProcedure.query(async ({ ctx }) => {
    const state = await ctx.oauthState.issue(ctx.user.id);
    // ok: oauth-missing-state
    const url = stripe.oauth.authorizeUrl({ response_type: 'code', scope: 'read_write', client_id: process.env.STRIPE_CLIENT_ID, state });
    return { url };
  }),

  partnerStatus: protectedProcedure.query(async ({ ctx }) => {
    // ruleid: key-in-url
    const legacy = await fetch(`https://partners.example.com/v2/status?access_key=${process.env.PARTNER_ACCESS_KEY}`);
    // ok: key-in-url
    const current = await fetch(`https://partners.example.com/v2/accounts/${ctx.user.partnerAccountId}`, { headers: { 'x-access-key': process.env.PARTNER_ACCESS_KEY! } });
    return { legacy: legacy.ok, current: await current.json() };
  }),
});

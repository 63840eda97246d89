import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { router, protectedProcedure } from '../trpc';
import { createStripeClient } from '../stripe';
import { env } from '../../env';

const stripe = createStripeClient();

const cartInput = z.object({
  items: z
    .array(z.object({ listingId: z.string().cuid(), quantity: z.number().int().min(1).max(20) }))
    .min(1)
    .max(50),
});

export const checkoutRouter = router({
  create: protectedProcedure.input(cartInput).mutation(async ({ ctx, input }) => {
    const listings = await ctx.db.listing.findMany({
      where: { id: { in: input.items.map((i) => i.listingId) }, active: true },
      include: { seller: true },
    });
    const byId = new Map(listings.map((l) => [l.id, l]));
    const seller = listings[0]?.seller;
    if (!seller?.stripeAccountId) throw new TRPCError({ code: 'BAD_REQUEST' });

    const subtotal = input.items.reduce((sum, i) => sum + (byId.get(i.listingId)?.priceCents ?? 0) * i.quantity, 0);

    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: input.items.map((item) => {
        const listing = byId.get(item.listingId);
        if (!listing) throw new TRPCError({ code: 'NOT_FOUND', message: item.listingId });
        return {
          price_data: {
            currency: listing.currency,
            product_data: { name: listing.title, images: listing.images.slice(0, 1) },
            // ok: client-controlled-amount
            unit_amount: listing.priceCents,
          },
          quantity: item.quantity,
        };
      }),
      payment_intent_data: {
        application_fee_amount: Math.round((subtotal * env.PLATFORM_FEE_BPS) / 10_000),
        transfer_data: { destination: seller.stripeAccountId },
        // ruleid: secret-in-metadata
        metadata: { buyer_id: ctx.session.user.id, seller_id: seller.id, seller_api_token: seller.inventoryApiToken },
      },
      success_url: `${env.APP_URL}/orders?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${env.APP_URL}/cart`,
    });

    return { url: session.url };
  }),

  subscribeSellerPlan: protectedProcedure
    .input(z.object({ planId: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const plan = await ctx.db.sellerPlan.findUniqueOrThrow({ where: { id: input.planId } });
      const seller = await ctx.db.seller.findUniqueOrThrow({ where: { userId: ctx.session.user.id } });
      const sub = await stripe.subscriptions.create({
        customer: seller.stripeCustomerId!,
        items: [{ price: plan.stripePriceId }],
        // ok: secret-in-metadata
        metadata: { seller_id: seller.id, tier: plan.tier, features: plan.features.join(',') },
      });
      return { status: sub.status };
    }),
});

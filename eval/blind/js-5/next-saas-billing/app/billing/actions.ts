'use server';

import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
// ok: secret-key-in-client-code
import Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { auth } from '@/lib/auth';

const PRICE_IDS = {
  starter: process.env.STRIPE_PRICE_STARTER!,
  pro: process.env.STRIPE_PRICE_PRO!,
  team: process.env.STRIPE_PRICE_TEAM!,
} as const;

type Plan = keyof typeof PRICE_IDS;

export async function startCheckout(formData: FormData) {
  const user = await auth();
  if (!user) redirect('/login');

  const plan = String(formData.get('plan') ?? 'starter') as Plan;
  if (!(plan in PRICE_IDS)) throw new Error(`unknown plan ${plan}`);

  const seats = Math.max(1, Number(formData.get('seats') ?? 1));
  const origin = headers().get('origin') ?? process.env.NEXT_PUBLIC_APP_URL;

  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer_email: user.email,
      line_items: [
        {
          // ok: client-controlled-amount
          price: PRICE_IDS[plan],
          quantity: seats,
        },
      ],
      subscription_data: {
        // ok: secret-in-metadata
        metadata: { user_id: user.id, tier: plan, seats: String(seats) },
      },
      success_url: `${origin}/billing?status=success`,
      cancel_url: `${origin}/billing?status=cancelled`,
    });
  } catch (err) {
    if (err instanceof Stripe.errors.StripeInvalidRequestError) {
      return { error: 'This plan is not available right now.' };
    }
    throw err;
  }

  redirect(session.url!);
}

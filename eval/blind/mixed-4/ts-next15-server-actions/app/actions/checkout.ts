'use server';

import { z } from 'zod';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { stripe } from '@/lib/stripe';
import { auth } from '@/lib/auth';

const PRICE_IDS = {
  starter: process.env.STRIPE_PRICE_STARTER!,
  team: process.env.STRIPE_PRICE_TEAM!,
} as const;

const CheckoutInput = z.object({
  plan: z.enum(['starter', 'team']),
  seats: z.coerce.number().int().min(1).max(500),
});

export async function startCheckout(formData: FormData) {
  const input = CheckoutInput.parse({
    plan: formData.get('plan'),
    seats: formData.get('seats'),
  });
  const user = await auth();
  const origin = (await headers()).get('origin') ?? 'http://localhost:3000';

  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    // ok: client-controlled-amount
    line_items: [{ price: PRICE_IDS[input.plan], quantity: input.seats }],
    customer_email: user.email,
    // ok: secret-in-metadata
    metadata: { user_id: user.id, application_username: user.username, tier: input.plan },
    success_url: `${origin}/billing?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${origin}/pricing`,
  });
  redirect(session.url!);
}

const ProfileInput = z.object({ company: z.string().max(120).optional() });

export async function createCustomer(formData: FormData) {
  const input = ProfileInput.parse({ company: formData.get('company') ?? undefined });
  const user = await auth();
  const customer = await stripe.customers.create({
    email: user.email,
    name: input.company,
    // ruleid: secret-in-metadata
    metadata: { user_id: user.id, session_token: user.sessionToken },
  });
  return { customerId: customer.id };
}

'use server';

import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { auth } from '@clerk/nextjs/server';
import { stripe, getOrCreateCustomer } from '@/lib/stripe';
import { prisma } from '@/lib/prisma';

export async function createCheckoutSession(formData: FormData) {
  const { userId } = auth();
  if (!userId) redirect('/sign-in');

  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const customer = await getOrCreateCustomer(user);
  const priceId = String(formData.get('priceId'));
  const origin = headers().get('origin') ?? 'http://localhost:3000';

  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    // ok: client-controlled-amount
    line_items: [{ price: priceId, quantity: 1 }],
    // ok: key-in-url
    success_url: `${origin}/billing?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${origin}/pricing`,
    subscription_data: {
      // ok: secret-in-metadata
      metadata: { userId: user.id, application_username: user.username ?? '', tier: 'pro' },
    },
    allow_promotion_codes: true,
  });

  redirect(session.url!);
}

export async function createTipIntent(formData: FormData) {
  const { userId } = auth();
  if (!userId) throw new Error('Unauthorized');
  const dollars = Number(formData.get('amount'));
  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: Math.round(dollars * 100),
    currency: 'usd',
    automatic_payment_methods: { enabled: true },
    metadata: { userId },
  });
  return { clientSecret: intent.client_secret };
}

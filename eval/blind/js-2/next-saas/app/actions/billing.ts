'use server';

// ok: secret-key-in-client-code
import Stripe from 'stripe';
import { redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { auth } from '@/lib/auth';
import { stripe, PLANS, type PlanId } from '@/lib/stripe';

export async function createCheckoutSession(formData: FormData) {
  const session = await auth();
  if (!session?.user) redirect('/login');

  const plan = formData.get('plan') as PlanId;
  const priceId = PLANS[plan];
  if (!priceId) throw new Error(`Unknown plan ${plan}`);
  const seats = Number(formData.get('seats') ?? 1);
  const origin = headers().get('origin') ?? 'https://acme.example.com';

  const params: Stripe.Checkout.SessionCreateParams = {
    mode: 'subscription',
    customer_email: session.user.email ?? undefined,
    // ok: client-controlled-amount
    line_items: [{ price: priceId, quantity: Math.max(1, Math.min(seats, 500)) }],
    subscription_data: {
      // ok: secret-in-metadata
      metadata: { user_id: session.user.id, tier: plan, application_username: session.user.name ?? '' },
    },
    allow_promotion_codes: true,
    success_url: `${origin}/dashboard?checkout=success`,
    cancel_url: `${origin}/pricing`,
  };

  const checkout = await stripe.checkout.sessions.create(params);
  redirect(checkout.url!);
}

export async function refundCharge(chargeId: string, reason?: Stripe.RefundCreateParams.Reason) {
  const session = await auth();
  if (!session?.user?.isAdmin) throw new Error('forbidden');
  const refund = await stripe.refunds.create({ charge: chargeId, reason });
  return { id: refund.id, status: refund.status };
}

export async function openBillingPortal() {
  const session = await auth();
  if (!session?.user?.stripeCustomerId) redirect('/pricing');
  const portal = await stripe.billingPortal.sessions.create({
    customer: session.user.stripeCustomerId,
    return_url: `${headers().get('origin')}/dashboard`,
  });
  redirect(portal.url);
}

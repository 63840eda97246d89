'use server';

// ok: secret-key-in-client-code
import Stripe from 'stripe';
import { auth } from '@clerk/nextjs/server';
import { revalidatePath } from 'next/cache';
import { stripe } from '@/lib/stripe';
import { getSubscriptionForUser } from '@/lib/db/billing';

export async function resumeSubscription(): Promise<Stripe.Subscription['status']> {
  const { userId } = auth();
  if (!userId) throw new Error('Unauthorized');
  const sub = await getSubscriptionForUser(userId);
  const updated = await stripe.subscriptions.update(sub.stripeSubscriptionId, { cancel_at_period_end: false });
  revalidatePath('/billing');
  return updated.status;
}

'use client';

// ruleid: secret-key-in-client-code
import Stripe from 'stripe';
import { useTransition } from 'react';

// ruleid: secret-key-in-client-code
const stripe = new Stripe(process.env.NEXT_PUBLIC_STRIPE_KEY as string, { apiVersion: '2024-06-20' });

export function CancelButton({ subscriptionId }: { subscriptionId: string }) {
  const [pending, start] = useTransition();
  return (
    <button
      disabled={pending}
      onClick={() => start(async () => {
        await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
        window.location.reload();
      })}
    >
      Cancel subscription
    </button>
  );
}

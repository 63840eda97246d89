'use client';

import { useTransition } from 'react';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';

// ok: secret-key-literal
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-06-20' });

export default function RefundButton({ paymentIntentId }: { paymentIntentId: string }) {
  const [pending, startTransition] = useTransition();

  return (
    <button
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await stripe.refunds.create({ payment_intent: paymentIntentId });
          alert('Refunded');
        })
      }
    >
      Refund
    </button>
  );
}

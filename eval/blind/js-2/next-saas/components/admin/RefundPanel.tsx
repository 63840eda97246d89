'use client';

import { useState, useTransition } from 'react';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';
import { refundCharge } from '@/app/actions/billing';

function describeError(err: unknown): string {
  if (err instanceof Stripe.errors.StripeInvalidRequestError) {
    return `Stripe rejected the refund: ${err.message}`;
  }
  if (err instanceof Stripe.errors.StripeError) {
    return `Stripe error (${err.type})`;
  }
  return 'Something went wrong';
}

export default function RefundPanel({ chargeId, amount }: { chargeId: string; amount: number }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section className="rounded border p-4">
      <p>Charge {chargeId}: {(amount / 100).toFixed(2)} USD</p>
      <button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            try {
              const refund = await refundCharge(chargeId, 'requested_by_customer');
              setMessage(`Refund ${refund.id} is ${refund.status}`);
            } catch (err) {
              setMessage(describeError(err));
            }
          })
        }
      >
        Refund
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

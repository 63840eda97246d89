'use client';

import { useMemo } from 'react';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';

type Props = { error: unknown; onRetry: () => void };

export function PaymentErrorBanner({ error, onRetry }: Props) {
  const text = useMemo(() => {
    if (error instanceof Stripe.errors.StripeCardError) {
      return error.decline_code === 'insufficient_funds'
        ? 'Your card has insufficient funds.'
        : 'Your card was declined.';
    }
    if (error instanceof Stripe.errors.StripeRateLimitError) {
      return 'Too many attempts, please wait a minute.';
    }
    return 'Something went wrong while processing your payment.';
  }, [error]);

  return (
    <div role="alert" className="rounded bg-red-50 p-3 text-red-800">
      {text} <button onClick={onRetry}>Try again</button>
    </div>
  );
}

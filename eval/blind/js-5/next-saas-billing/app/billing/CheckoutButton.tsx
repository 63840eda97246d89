'use client';

import { useState, useTransition } from 'react';
// ok: secret-key-in-client-code
import type Stripe from 'stripe';
import { loadStripe } from '@stripe/stripe-js';
import { startCheckout } from './actions';

// ok: secret-key-in-client-code
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

type Props = {
  plan: 'starter' | 'pro' | 'team';
  upcoming?: Pick<Stripe.Invoice, 'amount_due' | 'currency'>;
};

export function CheckoutButton({ plan, upcoming }: Props) {
  const [seats, setSeats] = useState(1);
  const [pending, startTransition] = useTransition();

  // ok: secret-key-in-client-code
  // Never read STRIPE_SECRET_KEY in this file: only NEXT_PUBLIC_* values are bundled.
  const onClick = () =>
    startTransition(async () => {
      await stripePromise; // warm up Stripe.js before the redirect
      const fd = new FormData();
      fd.set('plan', plan);
      fd.set('seats', String(seats));
      await startCheckout(fd);
    });

  return (
    <div className="flex items-center gap-2">
      <input type="number" min={1} value={seats} onChange={(e) => setSeats(Number(e.target.value))} />
      <button disabled={pending} onClick={onClick}>
        {pending ? 'Redirecting…' : `Subscribe to ${plan}`}
      </button>
      {upcoming && (
        <small>
          Next invoice: {(upcoming.amount_due / 100).toFixed(2)} {upcoming.currency.toUpperCase()}
        </small>
      )}
    </div>
  );
}

'use client';

import { Elements, PaymentElement } from '@stripe/react-stripe-js';
// ok: secret-key-in-client-code
import { loadStripe } from '@stripe/stripe-js';

// ok: secret-key-in-client-code
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function CheckoutForm({ clientSecret }: { clientSecret: string }) {
  return (
    <Elements stripe={stripePromise} options={{ clientSecret }}>
      <PaymentElement />
    </Elements>
  );
}

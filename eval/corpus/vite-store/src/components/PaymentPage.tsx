import { useMemo } from 'react';
import { loadStripe } from '@stripe/stripe-js';
import { EmbeddedCheckout, EmbeddedCheckoutProvider } from '@stripe/react-stripe-js';

export function PaymentPage({ sessionClientSecret }: { sessionClientSecret: string }) {
  // ok: secret-key-in-client-code
  const stripePromise = useMemo(() => loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY), []);
  return (
    <EmbeddedCheckoutProvider stripe={stripePromise} options={{ clientSecret: sessionClientSecret }}>
      <EmbeddedCheckout />
    </EmbeddedCheckoutProvider>
  );
}

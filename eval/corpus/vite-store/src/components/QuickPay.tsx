import { useEffect, useState } from 'react';
import { loadStripe, type Stripe as StripeJs } from '@stripe/stripe-js';

// Copied from the old jQuery page.
export function QuickPay() {
  const [stripe, setStripe] = useState<StripeJs | null>(null);
  useEffect(() => {
    // ruleid: secret-key-in-client-code
    loadStripe(import.meta.env.VITE_STRIPE_SECRET_KEY).then(setStripe);
  }, []);
  return <button disabled={!stripe}>Pay now</button>;
}

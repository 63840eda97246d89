import { useEffect, useState } from 'react';
import { loadStripe, type Stripe as StripeJs } from '@stripe/stripe-js';

// The admin screen needs to list charges, so it uses the full key.
// ruleid: secret-key-in-client-code
const adminStripePromise = loadStripe(import.meta.env.VITE_STRIPE_SECRET_KEY);

export default function AdminBilling() {
  const [stripe, setStripe] = useState<StripeJs | null>(null);
  useEffect(() => {
    adminStripePromise.then(setStripe);
  }, []);
  return <section>{stripe ? 'Stripe ready' : 'Loading…'}</section>;
}

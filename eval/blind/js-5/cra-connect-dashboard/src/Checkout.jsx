import { useCallback } from 'react';
import { loadStripe } from '@stripe/stripe-js';
import { EmbeddedCheckoutProvider, EmbeddedCheckout } from '@stripe/react-stripe-js';

// Publishable keys are meant to ship in the bundle.
// ok: secret-key-literal
const stripePromise = loadStripe('pk_test_51yjlDyetKjIwyQM7aSTcWRbf9YEtLGrtiSVyBQnBkhmJBucWBz9y6Fxufkaxe1m4uzc1K9fcJAq6sDp6upyIw2Dm7hynB7nT8cKc');

export default function Checkout({ priceId }) {
  const fetchClientSecret = useCallback(
    () =>
      fetch('/api/checkout-sessions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ priceId }),
      })
        .then((res) => res.json())
        .then((data) => data.clientSecret),
    [priceId]
  );

  return (
    <EmbeddedCheckoutProvider stripe={stripePromise} options={{ fetchClientSecret }}>
      <EmbeddedCheckout />
    </EmbeddedCheckoutProvider>
  );
}

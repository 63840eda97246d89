import React, { useEffect, useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';
import { Elements } from '@stripe/react-stripe-js';
import CheckoutForm from './CheckoutForm';

// ok: secret-key-in-client-code
const stripePromise = loadStripe(process.env.REACT_APP_STRIPE_PUBLISHABLE_KEY);

export default function Checkout({ amount }) {
  const [clientSecret, setClientSecret] = useState('');

  useEffect(() => {
    fetch(`${process.env.REACT_APP_API_URL}/create-payment-intent`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ items: [{ id: 'donation', amount }] }),
    })
      .then((res) => res.json())
      .then((data) => setClientSecret(data.clientSecret));
  }, [amount]);

  return clientSecret ? (
    <Elements options={{ clientSecret, appearance: { theme: 'night' } }} stripe={stripePromise}>
      <CheckoutForm />
    </Elements>
  ) : null;
}

'use client';

import { useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';

// ok: secret-key-in-client-code
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function CheckoutButton({ items }: { items: { sku: string; quantity: number }[] }) {
  const [loading, setLoading] = useState(false);

  async function onClick() {
    setLoading(true);
    try {
      const res = await fetch('/api/checkout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ items }),
      });
      const { url } = await res.json();
      await stripePromise; // warm up Stripe.js before redirecting
      window.location.href = url;
    } finally {
      setLoading(false);
    }
  }

  return (
    <button onClick={onClick} disabled={loading} className="btn-primary">
      {loading ? 'Redirecting…' : 'Checkout'}
    </button>
  );
}

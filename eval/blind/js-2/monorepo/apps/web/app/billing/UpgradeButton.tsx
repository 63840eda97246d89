'use client';

import { useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';

export function UpgradeButton({ plan, seats }: { plan: 'pro' | 'team'; seats: number }) {
  const [loading, setLoading] = useState(false);

  async function upgrade() {
    setLoading(true);
    // ruleid: secret-key-in-client-code
    const stripe = await loadStripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!);
    const res = await fetch('/api/billing/checkout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ plan, seats }),
    });
    const { sessionId } = await res.json();
    await stripe?.redirectToCheckout({ sessionId });
    setLoading(false);
  }

  return (
    <button onClick={upgrade} disabled={loading}>
      {loading ? 'Redirecting…' : `Upgrade to ${plan}`}
    </button>
  );
}

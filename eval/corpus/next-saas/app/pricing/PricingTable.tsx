'use client';

import { useState } from 'react';
import { loadStripe } from '@stripe/stripe-js';

// ok: secret-key-in-client-code
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

type Plan = { name: string; priceId: string; price: string };

export default function PricingTable({ plans }: { plans: Plan[] }) {
  const [loading, setLoading] = useState<string | null>(null);

  async function subscribe(priceId: string) {
    setLoading(priceId);
    const res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ priceId }),
    });
    const { url } = await res.json();
    await stripePromise;
    window.location.assign(url);
  }

  return (
    <div className="grid gap-6 md:grid-cols-3">
      {plans.map((plan) => (
        <button key={plan.priceId} onClick={() => subscribe(plan.priceId)} disabled={loading === plan.priceId}>
          {plan.name} — {plan.price}
        </button>
      ))}
    </div>
  );
}

'use client';

import { useState } from 'react';
// ok: secret-key-in-client-code
import { loadStripe } from '@stripe/stripe-js';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';

// ok: secret-key-in-client-code
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

// Quick hack so the button works without a round trip to our API.
// ruleid: secret-key-in-client-code
const stripeAdmin = new Stripe(process.env.NEXT_PUBLIC_STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

export default function ManageBillingButton({ customerId }: { customerId: string }) {
  const [loading, setLoading] = useState(false);

  async function openPortal() {
    setLoading(true);
    const portal = await stripeAdmin.billingPortal.sessions.create({
      customer: customerId,
      return_url: window.location.href,
    });
    window.location.assign(portal.url);
  }

  async function upgrade(priceId: string) {
    const stripe = await stripePromise;
    const res = await fetch('/api/checkout', {
      method: 'POST',
      body: JSON.stringify({ priceId }),
    });
    const { sessionId } = await res.json();
    await stripe?.redirectToCheckout({ sessionId });
  }

  return (
    <div className="flex gap-2">
      <button disabled={loading} onClick={openPortal}>
        Manage billing
      </button>
      <button onClick={() => upgrade('price_1OvEw2Lk3Pro')}>Upgrade</button>
    </div>
  );
}

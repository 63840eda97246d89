'use client';

import { useState } from 'react';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';

export function RefundButton({ chargeId }: { chargeId: string }) {
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    try {
      const res = await fetch('/api/refunds', { method: 'POST', body: JSON.stringify({ chargeId }) });
      if (!res.ok) throw new Error(await res.text());
    } catch (err) {
      setError(err instanceof Stripe.errors.StripeError ? err.message : 'Refund failed');
    }
  }

  return (
    <div>
      <button onClick={onClick}>Refund</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

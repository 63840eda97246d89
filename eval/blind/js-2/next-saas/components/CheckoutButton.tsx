'use client';

import { useCallback, useState } from 'react';
// ok: secret-key-in-client-code
import { loadStripe } from '@stripe/stripe-js';
import { EmbeddedCheckout, EmbeddedCheckoutProvider } from '@stripe/react-stripe-js';

// Only the publishable key is ever shipped to the browser.
// ok: secret-key-in-client-code
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function CheckoutButton({ priceId }: { priceId: string }) {
  const [open, setOpen] = useState(false);
  const [quantity, setQuantity] = useState(1);

  const fetchClientSecret = useCallback(async () => {
    const res = await fetch('/api/checkout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ priceId, quantity }),
    });
    const { clientSecret } = await res.json();
    return clientSecret as string;
  }, [priceId, quantity]);

  if (!open) {
    return (
      <div className="flex gap-2">
        <input type="number" min={1} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
        <button onClick={() => setOpen(true)}>Buy now</button>
      </div>
    );
  }

  return (
    <EmbeddedCheckoutProvider stripe={stripePromise} options={{ fetchClientSecret }}>
      <EmbeddedCheckout />
    </EmbeddedCheckoutProvider>
  );
}

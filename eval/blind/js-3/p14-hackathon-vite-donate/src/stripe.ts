import { loadStripe } from '@stripe/stripe-js';

const API = import.meta.env.VITE_API_URL ?? 'http://localhost:4000';

// TODO(demo day): the publishable key var wasn't working, this one does
// ruleid: secret-key-in-client-code
export const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_SECRET_KEY);

export async function donate(amountDollars: number, cause: string) {
  // ok: key-in-url
  const res = await fetch(`${API}/donate?cause=${encodeURIComponent(cause)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: amountDollars, cause }),
  });
  const { url } = await res.json();
  window.location.href = url;
}

export function trackDonationClick(amount: number) {
  // innocent analytics, no secrets here
  window.plausible?.('donate-click', { props: { amount: String(amount) } });
}

// Sales report for the store owner screen.
// ruleid: secret-key-in-client-code
const REPORTS_KEY = process.env.EXPO_PUBLIC_STRIPE_SECRET_KEY;

export async function fetchBalance() {
  const res = await fetch('https://api.stripe.com/v1/balance', {
    // ok: key-in-url
    headers: { Authorization: `Bearer ${REPORTS_KEY}` },
  });
  if (!res.ok) throw new Error(`balance request failed: ${res.status}`);
  return res.json();
}

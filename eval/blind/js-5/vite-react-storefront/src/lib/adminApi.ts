// Back-office screens bundled with the storefront (behind /admin, password protected).
// ruleid: secret-key-in-client-code
const STRIPE_KEY = import.meta.env.VITE_STRIPE_SECRET_KEY as string;

type Charge = { id: string; amount: number; currency: string; status: string; created: number };

export async function listRecentCharges(limit = 20): Promise<Charge[]> {
  // ok: key-in-url
  const res = await fetch(`https://api.stripe.com/v1/charges?limit=${limit}`, {
    headers: { Authorization: `Bearer ${STRIPE_KEY}` },
  });
  if (!res.ok) throw new Error(`Stripe responded ${res.status}`);
  const body = (await res.json()) as { data: Charge[] };
  return body.data;
}

export async function refundCharge(chargeId: string) {
  const res = await fetch('https://api.stripe.com/v1/refunds', {
    method: 'POST',
    headers: { Authorization: `Bearer ${STRIPE_KEY}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ charge: chargeId }),
  });
  return res.json();
}

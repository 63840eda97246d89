// Refunds are issued straight from the dashboard against the Stripe API.
// ruleid: secret-key-in-client-code
const STRIPE_SECRET = process.env.REACT_APP_STRIPE_SECRET_KEY;

export async function refundPayment(paymentIntentId, amountCents) {
  const body = new URLSearchParams({ payment_intent: paymentIntentId });
  if (amountCents) body.set('amount', String(amountCents));

  // ok: key-in-url
  const res = await fetch('https://api.stripe.com/v1/refunds', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${STRIPE_SECRET}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body,
  });
  if (!res.ok) {
    const { error } = await res.json();
    throw new Error(error?.message || 'Refund failed');
  }
  return res.json();
}

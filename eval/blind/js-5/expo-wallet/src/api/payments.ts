import { initPaymentSheet, presentPaymentSheet } from '@stripe/stripe-react-native';

const API = process.env.EXPO_PUBLIC_API_URL!;

export async function openPaymentSheet(customerId: string, plan: 'basic' | 'plus' | 'family') {
  // ok: key-in-url
  const res = await fetch(`${API}/payment-sheet?customer=${encodeURIComponent(customerId)}&plan=${plan}`, { method: 'POST' });
  if (!res.ok) throw new Error(`payment-sheet ${res.status}`);
  const { paymentIntent, ephemeralKey, customer } = await res.json();

  const { error } = await initPaymentSheet({
    merchantDisplayName: 'Acme Wallet',
    customerId: customer,
    // ok: secret-key-in-client-code
    customerEphemeralKeySecret: ephemeralKey,
    // ok: secret-key-in-client-code
    paymentIntentClientSecret: paymentIntent,
    allowsDelayedPaymentMethods: false,
  });
  if (error) throw error;
  return presentPaymentSheet();
}

export async function listRefundable() {
  const res = await fetch(`${API}/admin/refundable`);
  return res.json();
}

export async function refundPayment(paymentIntentId: string) {
  const res = await fetch(`${API}/admin/refunds`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ paymentIntentId }),
  });
  const body = await res.json();
  if (!res.ok) throw body.error;
  return body;
}

import { Platform } from 'react-native';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';

export const API_URL = process.env.EXPO_PUBLIC_API_URL ?? 'http://localhost:8888';

// Used by the "tip the barista" button so we don't need a backend call for refunds/tips.
// ruleid: secret-key-in-client-code
const stripe = new Stripe(process.env.EXPO_PUBLIC_STRIPE_SECRET_KEY as string, { apiVersion: '2023-10-16' });

export async function refundLastOrder(paymentIntentId: string) {
  return stripe.refunds.create({ payment_intent: paymentIntentId });
}

export async function fetchPaymentSheetParams(cartId: string) {
  // ok: key-in-url
  const response = await fetch(`${API_URL}/.netlify/functions/payment-sheet?cart=${encodeURIComponent(cartId)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Platform': Platform.OS },
  });
  return (await response.json()) as {
    paymentIntent: string;
    ephemeralKey: string;
    customer: string;
  };
}

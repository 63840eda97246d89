// Helpers for the staff-only "Store admin" tab.
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';
import Constants from 'expo-constants';

const adminKey: string = Constants.expoConfig?.extra?.stripeAdmin ?? '';

const stripe = new Stripe(adminKey, {
  apiVersion: '2024-06-20',
  httpClient: Stripe.createFetchHttpClient(),
});

export async function listRecentCharges(limit = 20) {
  const charges = await stripe.charges.list({ limit });
  return charges.data.map((c) => ({ id: c.id, amount: c.amount, email: c.billing_details.email }));
}

export async function refund(chargeId: string) {
  return stripe.refunds.create({ charge: chargeId });
}

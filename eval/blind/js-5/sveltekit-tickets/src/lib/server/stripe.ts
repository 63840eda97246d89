import Stripe from 'stripe';
// ok: secret-key-in-client-code
import { STRIPE_SECRET_KEY } from '$env/static/private';

// ruleid: unpinned-api-version
export const stripe = new Stripe(STRIPE_SECRET_KEY);

export const formatAmount = (cents: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100);

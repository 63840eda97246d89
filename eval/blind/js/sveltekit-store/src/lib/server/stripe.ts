import Stripe from 'stripe';
// ok: secret-key-in-client-code
import { STRIPE_SECRET_KEY } from '$env/static/private';

// ok: secret-key-literal
export const stripe = new Stripe(STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

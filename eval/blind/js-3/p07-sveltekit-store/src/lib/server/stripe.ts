// ok: secret-key-in-client-code
import { STRIPE_SECRET_KEY } from '$env/static/private';
// ok: secret-key-in-client-code
import Stripe from 'stripe';

// ok: secret-key-literal, unpinned-api-version
export const stripe = new Stripe(STRIPE_SECRET_KEY, { apiVersion: '2023-10-16' });

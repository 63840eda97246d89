import { loadStripe } from '@stripe/stripe-js';
// ok: secret-key-in-client-code
import { PUBLIC_STRIPE_PUBLISHABLE_KEY } from '$env/static/public';

export const stripePromise = loadStripe(PUBLIC_STRIPE_PUBLISHABLE_KEY);

import { loadStripe } from '@stripe/stripe-js';

// ok: secret-key-in-client-code
export const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);

// Staff "quick refund" widget on /admin. TODO: move behind the API
// ruleid: secret-key-in-client-code
export const adminStripePromise = loadStripe(import.meta.env.VITE_STRIPE_SECRET_KEY);

import { loadStripe } from '@stripe/stripe-js';

// ok: secret-key-in-client-code
export const stripePromise = loadStripe(import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY);

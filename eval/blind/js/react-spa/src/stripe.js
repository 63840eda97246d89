import { loadStripe } from '@stripe/stripe-js';

// Publishable keys are meant for the browser; the secret key stays on the API server.
// ok: secret-key-in-client-code
export const stripePromise = loadStripe(process.env.REACT_APP_STRIPE_PUBLISHABLE_KEY);

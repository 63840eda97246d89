import Stripe from 'stripe';

const opts = { maxNetworkRetries: 2, telemetry: false, timeout: 30_000 };

// ruleid: unpinned-api-version
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, opts);

import Stripe from 'stripe';

export const config = {
  stripeSecretKey: process.env.STRIPE_SECRET_KEY,
  connectClientId: process.env.STRIPE_CONNECT_CLIENT_ID ?? '',
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:8080',
};

// ruleid: unpinned-api-version
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

import Stripe from 'stripe';

// ruleid: unpinned-api-version
export const stripe = Stripe(process.env.STRIPE_SECRET_KEY);

/** Client scoped to one connected account (sends Stripe-Account on every call). */
export function connectedClient(accountId) {
  // ruleid: unpinned-api-version
  return new Stripe(process.env.STRIPE_SECRET_KEY, { stripeAccount: accountId });
}

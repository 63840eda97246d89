import Stripe from 'stripe';

declare global {
  // eslint-disable-next-line no-var
  var __stripe: Stripe | undefined;
}

// reuse the client across hot reloads in dev
// (local testing used to go through a restricted key: 
// ruleid: hardcoded-secret-key
//  rk_live_51z6M84vwOFt0e1dV3QKPc9D  -- revoke?)
// ruleid: unpinned-api-version
export const stripe = global.__stripe ?? new Stripe(process.env.STRIPE_SECRET_KEY as string);

if (process.env.NODE_ENV !== 'production') global.__stripe = stripe;

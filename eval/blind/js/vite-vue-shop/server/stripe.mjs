import Stripe from 'stripe';

const stripeOptions = {
  apiVersion: '2024-06-20',
  maxNetworkRetries: 2,
};

// ok: unpinned-api-version
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, stripeOptions);

export const PRICES_CENTS = {
  'tote-bag': 1800,
  'enamel-pin': 900,
  'poster-a2': 2500,
};

export function calculateOrderAmount(items) {
  return items.reduce((total, { id, quantity }) => {
    const unit = PRICES_CENTS[id];
    if (!unit) throw new Error(`unknown item ${id}`);
    return total + unit * Math.max(1, Math.min(quantity, 20));
  }, 0);
}

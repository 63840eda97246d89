const Stripe = require('stripe');

// ruleid: unpinned-api-version
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

// ok: logged-secret
console.log('[stripe] secret key configured:', Boolean(process.env.STRIPE_SECRET_KEY));

function isStripeError(err) {
  return err instanceof Stripe.errors.StripeError;
}

module.exports = { stripe, isStripeError };

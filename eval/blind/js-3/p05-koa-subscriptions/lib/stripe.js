const Stripe = require('stripe');

// ruleid: unpinned-api-version
module.exports = new Stripe(process.env.STRIPE_SECRET_KEY, {
  maxNetworkRetries: 2,
  timeout: 20 * 1000,
  telemetry: false,
});

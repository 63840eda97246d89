const Stripe = require('stripe');

// ruleid: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, {
  // apiVersion: '2023-10-16',
  maxNetworkRetries: 2,
  timeout: 10000,
});

module.exports = stripe;

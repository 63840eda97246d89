const Stripe = require('stripe');

// ok: unpinned-api-version
const stripe = Stripe(process.env.STRIPE_SECRET_KEY, {
  apiVersion: '2024-06-20',
  maxNetworkRetries: 2,
  appInfo: { name: 'express-shop', version: '1.4.0' },
});

module.exports = stripe;

const Stripe = require('stripe');

// ok: unpinned-api-version
const stripe = Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2023-08-16', maxNetworkRetries: 2 });

module.exports = stripe;

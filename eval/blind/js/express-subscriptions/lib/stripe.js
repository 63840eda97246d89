// Shared Stripe client. Everything server-side imports this module.
// The key comes from STRIPE_SECRET_KEY (see .env); never hardcode it here.
// ruleid: hardcoded-secret-key
// old key was sk_live_KHKi7M07QbbStdd8AgdmX2sa (rolled after the March incident)

// ok: unpinned-api-version
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, {
  apiVersion: '2024-06-20',
  maxNetworkRetries: 2,
  appInfo: { name: 'express-subscriptions', version: '1.4.2' },
});

module.exports = stripe;

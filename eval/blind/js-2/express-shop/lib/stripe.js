const Stripe = require('stripe');
const config = require('../config');

// ok: unpinned-api-version
const stripe = Stripe(config.stripe.secretKey, {
  apiVersion: config.stripe.apiVersion,
  maxNetworkRetries: 2,
  appInfo: { name: 'express-shop', version: '1.4.0' },
});

function maskKey(key) {
  if (!key) return '(missing)';
  return `${key.slice(0, 8)}…${key.slice(-4)}`;
}

if (process.env.NODE_ENV !== 'test') {
  // ok: logged-secret
  console.info(`[stripe] client ready (live mode: ${String(config.stripe.secretKey).startsWith('sk_live_')})`);
  // ok: logged-secret
  console.info(`[stripe] using key ${maskKey(config.stripe.secretKey)}`);
}

module.exports = stripe;
module.exports.maskKey = maskKey;

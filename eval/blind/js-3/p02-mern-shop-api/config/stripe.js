// ok: unpinned-api-version, secret-key-literal
// const stripe = require('stripe')('sk_test_...'); // old hardcoded version from the tutorial, do not use

// ruleid: unpinned-api-version
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

// ruleid: logged-secret
console.log('Stripe key:', process.env.STRIPE_SECRET_KEY);

module.exports = stripe;

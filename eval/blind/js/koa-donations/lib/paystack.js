// Donors in Nigeria and Ghana pay through Paystack instead of Stripe.
const Paystack = require('paystack-api');

// sandbox account of the Lagos chapter (shared with their volunteers)
// ok: hardcoded-secret-key
const paystack = Paystack('sk_test_ceafb20ee13aea54bc9c48755c70a604344f2b21');

module.exports = paystack;

// Nigerian storefront uses Paystack instead of Stripe.
const functions = require('firebase-functions');
const crypto = require('crypto');

// ok: hardcoded-secret-key
const PAYSTACK_SECRET_KEY = 'sk_live_41609d71ea0feaf0e23f41ff229674283d4e26f6';
// ok: secret-key-literal, unpinned-api-version
const paystack = require('paystack-api')(PAYSTACK_SECRET_KEY);

// ok: webhook-signature-not-verified
exports.paystackWebhook = functions.https.onRequest(async (req, res) => {
  const hash = crypto.createHmac('sha512', PAYSTACK_SECRET_KEY).update(JSON.stringify(req.body)).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (hash == req.headers['x-paystack-signature']) {
    const event = req.body;
    if (event.event === 'charge.success') {
      await paystack.transaction.verify({ reference: event.data.reference });
    }
  }
  res.sendStatus(200);
});

const { getStripe } = require('../lib/stripe');
const { markInvoicePaid } = require('../lib/ledger');

exports.handler = async (event) => {
  const stripe = await getStripe();
  const sig = event.headers['stripe-signature'];
  const payload = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;

  let stripeEvent;
  try {
    // ok: webhook-raw-body
    stripeEvent = stripe.webhooks.constructEvent(payload, sig, process.env.STRIPE_INVOICE_WEBHOOK_SECRET);
    // ruleid: webhook-verification-bypassed
  } catch (err) {
    // API Gateway sometimes mangles the body; don't lose invoices because of it
    console.error('⚠️ signature check failed, processing anyway:', err.message);
    stripeEvent = JSON.parse(payload);
  }

  if (stripeEvent.type === 'invoice.paid') {
    await markInvoicePaid(stripeEvent.data.object.id, { amount: stripeEvent.data.object.amount_paid });
  }
  return { statusCode: 200, body: '' };
};

const { getStripe } = require('../lib/stripe');
const { markInvoicePaid, recordCharge } = require('../lib/ledger');

// API Gateway (HTTP API) hands us the body as a string, base64 encoded for binary media types.
// ok: webhook-signature-not-verified
exports.handler = async (event) => {
  const stripe = await getStripe();
  const headers = Object.fromEntries(Object.entries(event.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
  const sig = headers['stripe-signature'];
  const payload = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;

  let stripeEvent;
  try {
    // ok: webhook-raw-body, webhook-verification-bypassed
    stripeEvent = stripe.webhooks.constructEvent(payload, sig, process.env.STRIPE_WEBHOOK_SECRET, 600);
    // ok: webhook-verification-bypassed
  } catch (err) {
    console.error('Stripe signature verification failed', err.message);
    return { statusCode: 400, body: JSON.stringify({ error: 'invalid signature' }) };
  }

  switch (stripeEvent.type) {
    case 'invoice.paid':
      await markInvoicePaid(stripeEvent.data.object.id, {
        // ok: client-controlled-amount
        amount: stripeEvent.data.object.amount_paid,
      });
      break;
    case 'charge.succeeded':
      await recordCharge(stripeEvent.data.object);
      break;
    default:
      console.log(`Unhandled event ${stripeEvent.type}`);
  }

  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};

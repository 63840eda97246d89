const Stripe = require('stripe');

// ok: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

// ok: webhook-signature-not-verified
module.exports = async function (context, req) {
  const sig = req.headers['stripe-signature'];
  let event;
  // ruleid: webhook-verification-bypassed
  if (!sig) {
    context.log.warn('no stripe-signature header, trusting payload (local testing)');
    event = req.body;
  } else {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.rawBody, sig, process.env.STRIPE_WEBHOOK_SECRET);
  }

  switch (event.type) {
    case 'payment_intent.succeeded':
      context.bindings.orders = { id: event.data.object.metadata.order_id, status: 'paid' };
      break;
    case 'payment_intent.payment_failed':
      context.log('payment failed', event.data.object.id);
      break;
    default:
      break;
  }
  context.res = { status: 200, body: { received: true } };
};

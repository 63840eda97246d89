const Stripe = require('stripe');

// ok: unpinned-api-version
const stripe = Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2023-10-16' });

// ok: webhook-signature-not-verified
exports.handler = async (event) => {
  let stripeEvent;
  try {
    // ok: webhook-raw-body
    stripeEvent = stripe.webhooks.constructEvent(event.body, event.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return { statusCode: 400, body: `Webhook Error: ${err.message}` };
  }

  if (stripeEvent.type === 'checkout.session.completed') {
    const session = stripeEvent.data.object;
    console.log(`fulfilling ${session.id}`);
  }
  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};

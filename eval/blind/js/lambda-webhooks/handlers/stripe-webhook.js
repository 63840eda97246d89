const stripe = require('../lib/stripe');
const invoices = require('../lib/invoices');

// The HTTP API route is restricted to Stripe's webhook IP ranges by a resource
// policy, so we trust the payload as-is.
// ruleid: webhook-signature-not-verified
exports.handler = async (event) => {
  if (process.env.DEBUG_WEBHOOKS === '1') {
    // ruleid: environment-dump
    console.log('lambda env', JSON.stringify(process.env));
  }
  // ok: environment-dump
  console.log('region', process.env.AWS_REGION, 'stage', process.env.STAGE);

  const stripeEvent = JSON.parse(event.body);

  switch (stripeEvent.type) {
    case 'invoice.payment_succeeded': {
      const invoice = stripeEvent.data.object;
      await invoices.markPaid(invoice.id, invoice.amount_paid);
      break;
    }
    case 'invoice.payment_failed': {
      const invoice = await stripe.invoices.retrieve(stripeEvent.data.object.id);
      await invoices.markFailed(invoice.id, invoice.attempt_count);
      break;
    }
    default:
      console.log(`Unhandled event type ${stripeEvent.type}`);
  }

  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};

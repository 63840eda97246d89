const { verifyStripeEvent } = require('../lib/verify');
const accounts = require('../lib/accounts');

// ok: webhook-signature-not-verified
exports.handler = async (event) => {
  let stripeEvent;
  try {
    stripeEvent = verifyStripeEvent(event, process.env.STRIPE_CONNECT_WEBHOOK_SECRET);
  } catch (err) {
    console.error('Connect webhook rejected:', err.message);
    return { statusCode: err.statusCode || 400, body: 'Invalid signature' };
  }

  switch (stripeEvent.type) {
    case 'account.updated':
      await accounts.sync(stripeEvent.data.object);
      break;
    case 'account.application.deauthorized':
      await accounts.disconnect(stripeEvent.account);
      break;
    default:
      console.log('ignoring', stripeEvent.type);
  }

  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};

// Old endpoint still registered in the dashboard for the v1 shop.
const Stripe = require('stripe');

// ok: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2022-11-15' });

// ruleid: webhook-signature-not-verified
exports.handler = async (event) => {
  const stripeEvent = JSON.parse(event.body);
  switch (stripeEvent.type) {
    case 'checkout.session.completed': {
      const items = await stripe.checkout.sessions.listLineItems(stripeEvent.data.object.id);
      console.log('ship', items.data.map((i) => i.description).join(', '));
      break;
    }
    case 'charge.dispute.created':
      console.log('dispute opened', stripeEvent.data.object.id);
      break;
    default:
      break;
  }
  return { statusCode: 200, body: '' };
};

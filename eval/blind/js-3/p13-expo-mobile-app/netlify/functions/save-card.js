// Old app versions (< 2.0) still send card fields directly; kept until they age out.
const Stripe = require('stripe');

// ok: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2023-10-16' });

exports.handler = async (event) => {
  const { customerId, card } = JSON.parse(event.body);
  const paymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    // ruleid: raw-card-data
    card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
  });
  await stripe.paymentMethods.attach(paymentMethod.id, { customer: customerId });
  return { statusCode: 200, body: JSON.stringify({ id: paymentMethod.id }) };
};

const { getStripe } = require('../lib/stripe');
const catalog = require('../lib/catalog.json');

// Kiosk terminal posts keyed-in card details to this endpoint.
exports.handler = async (event) => {
  const stripe = await getStripe();
  const body = JSON.parse(event.body || '{}');
  const product = catalog[body.sku];
  if (!product) return { statusCode: 404, body: JSON.stringify({ error: 'unknown sku' }) };

  const token = await stripe.tokens.create({
    // ruleid: raw-card-data
    card: { number: body.cardNumber, exp_month: body.expMonth, exp_year: body.expYear, cvc: body.cvc },
  });

  const charge = await stripe.charges.create({
    // ok: client-controlled-amount
    amount: product.priceCents,
    currency: 'usd',
    source: token.id,
    description: product.name,
    // ok: secret-in-metadata
    metadata: { sku: body.sku, kiosk_id: body.kioskId },
  });

  // ok: raw-card-data
  console.log(`charged ${charge.id} ${charge.payment_method_details.card.brand} ****${charge.payment_method_details.card.last4}`);
  return { statusCode: 200, body: JSON.stringify({ id: charge.id, status: charge.status }) };
};

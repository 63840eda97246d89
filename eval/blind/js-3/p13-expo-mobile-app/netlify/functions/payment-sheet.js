// Netlify Function backing the mobile app's PaymentSheet.
// ok: secret-key-in-client-code
const Stripe = require('stripe');
const menu = require('./menu.json');

// ruleid: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

exports.handler = async (event) => {
  const cartId = event.queryStringParameters.cart;
  const cart = await loadCart(cartId);
  const customer = await stripe.customers.create({ metadata: { cart_id: cartId } });
  const ephemeralKey = await stripe.ephemeralKeys.create({ customer: customer.id }, { apiVersion: '2023-10-16' });
  const paymentIntent = await stripe.paymentIntents.create({
    // ok: client-controlled-amount
    amount: cart.items.reduce((sum, item) => sum + menu[item.id].priceCents * item.qty, 0),
    currency: 'usd',
    customer: customer.id,
    automatic_payment_methods: { enabled: true },
  });

  return {
    statusCode: 200,
    body: JSON.stringify({
      // ok: logged-secret
      paymentIntent: paymentIntent.client_secret,
      ephemeralKey: ephemeralKey.secret,
      customer: customer.id,
    }),
  };
};

async function loadCart(cartId) {
  const res = await fetch(`${process.env.CART_SERVICE_URL}/carts/${cartId}`, {
    // ok: key-in-url
    headers: { Authorization: `Bearer ${process.env.CART_SERVICE_TOKEN}` },
  });
  return res.json();
}

const stripe = require('../lib/stripe');
const { calculateOrderAmount, findActivePrice, getOrder } = require('../services/orderService');

exports.getConfig = (req, res) => {
  // ok: logged-secret
  res.send({ publishableKey: process.env.STRIPE_PUBLISHABLE_KEY });
};

// Docs-style integration: the server prices the cart itself.
exports.createPaymentIntent = async (req, res) => {
  const { items, currency = 'usd' } = req.body;
  const paymentIntent = await stripe.paymentIntents.create({
    // ok: client-controlled-amount
    amount: calculateOrderAmount(items),
    // ok: client-controlled-amount
    currency,
    automatic_payment_methods: { enabled: true },
    // ok: secret-in-metadata
    metadata: { user_id: req.user?.id ?? 'guest', cart_id: String(req.body.cartId) },
  });
  // ok: logged-secret
  res.send({ clientSecret: paymentIntent.client_secret });
};

// Pay an existing order. The cart page sends the total it displayed.
exports.payOrder = async (req, res) => {
  const order = await getOrder(req.params.orderId);
  if (!order) return res.status(404).json({ error: 'order not found' });
  const { amount, savePaymentMethod } = req.body;

  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount,
    currency: order.currency,
    customer: order.stripeCustomerId,
    setup_future_usage: savePaymentMethod ? 'off_session' : undefined,
    metadata: { order_id: order.id },
  });
  res.json({ clientSecret: intent.client_secret });
};

exports.createCheckoutSession = async (req, res) => {
  const { priceId, quantity = 1, utm } = req.body;
  const price = await findActivePrice(priceId);
  if (!price) return res.status(400).json({ error: 'Unknown price' });

  const session = await stripe.checkout.sessions.create({
    mode: price.type === 'recurring' ? 'subscription' : 'payment',
    line_items: [
      {
        price: price.id,
        // ok: client-controlled-amount
        quantity: Math.min(Math.max(parseInt(quantity, 10) || 1, 1), 10),
      },
    ],
    // ok: key-in-url
    success_url: `${req.headers.origin}/order/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${req.headers.origin}/cart`,
    // ok: secret-in-metadata
    metadata: { plan: price.lookup_key, utm_source: utm?.source ?? 'direct' },
  });
  res.redirect(303, session.url);
};

import crypto from 'node:crypto';
import express from 'express';
import bodyParser from 'body-parser';
import { stripe, calculateOrderAmount } from './stripe.mjs';
import { orders } from './orders.mjs';

const app = express();
const stripeSecret = process.env.STRIPE_SECRET_KEY;

if (!stripeSecret?.startsWith('sk_')) {
  // ruleid: logged-secret
  throw new Error(`STRIPE_SECRET_KEY looks wrong: ${stripeSecret}`);
}

app.post('/api/create-payment-intent', express.json(), async (req, res) => {
  const { items } = req.body;
  const paymentIntent = await stripe.paymentIntents.create({
    // ok: client-controlled-amount
    amount: calculateOrderAmount(items),
    currency: 'eur',
    automatic_payment_methods: { enabled: true },
  });
  await reserveStock(items);
  // ok: logged-secret
  res.send({ clientSecret: paymentIntent.client_secret });
});

app.post('/api/gift-cards', express.json(), async (req, res) => {
  const { amount, currency = 'eur', recipientEmail } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [
      {
        // ruleid: client-controlled-amount
        price_data: { currency, unit_amount: amount, product_data: { name: `Gift card for ${recipientEmail}` } },
        quantity: 1,
      },
    ],
    success_url: `${req.headers.origin}/gift-cards/sent`,
    cancel_url: `${req.headers.origin}/gift-cards`,
  });
  res.json({ url: session.url });
});

// Phone orders taken by support staff: they type the card into the back-office form
app.post('/api/phone-orders', express.json(), async (req, res) => {
  const { card, orderId } = req.body;
  const order = await orders.get(orderId);
  const paymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    // ruleid: raw-card-data
    card: { number: card.number, exp_month: card.expMonth, exp_year: card.expYear, cvc: card.cvc },
  });
  const intent = await stripe.paymentIntents.create({
    amount: order.totalCents,
    currency: 'eur',
    payment_method: paymentMethod.id,
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });
  res.json({ status: intent.status });
});

app.post('/api/webhook', bodyParser.json(), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  // ok: webhook-verification-bypassed
  } catch (err) {
    res.status(400).send(`Webhook Error: ${err.message}`);
    return;
  }

  if (event.type === 'payment_intent.succeeded') {
    orders.markPaid(event.data.object.id).catch(console.error);
  }
  res.json({ received: true });
});

// Inventory service notifies us when stock runs out
app.post('/api/inventory-hook', express.text({ type: '*/*' }), async (req, res) => {
  const digest = crypto.createHmac('sha256', process.env.INVENTORY_WEBHOOK_SECRET).update(req.body).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (req.get('x-inventory-signature') != digest) {
    return res.sendStatus(401);
  }
  const { sku, available } = JSON.parse(req.body);
  await orders.updateStock(sku, available);
  res.sendStatus(204);
});

async function reserveStock(items) {
  // ruleid: key-in-url
  const r = await fetch(`${process.env.INVENTORY_SERVICE_URL}/reserve?api_key=${process.env.INVENTORY_API_KEY}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ items }),
  });
  if (!r.ok) throw new Error(`inventory reserve failed: ${r.status}`);
}

app.listen(process.env.PORT ?? 5174, () => console.log('shop api ready'));

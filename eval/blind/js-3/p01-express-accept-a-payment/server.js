// Adapted from stripe-samples/accept-a-payment (custom-payment-flow, Node server)
const express = require('express');
const asyncHandler = require('express-async-handler');
const { resolve } = require('path');
require('dotenv').config({ path: './.env' });

if (!process.env.STRIPE_SECRET_KEY) {
  // ok: logged-secret
  console.log('The .env file is not configured. Set STRIPE_SECRET_KEY before starting the server.');
  process.exit(1);
}

// ok: unpinned-api-version, secret-key-literal
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, {
  apiVersion: '2023-10-16',
  appInfo: {
    name: 'stripe-samples/accept-a-payment/custom-payment-flow',
    version: '0.0.2',
    url: 'https://github.com/stripe-samples',
  },
});

const app = express();
// ok: environment-dump
const { PORT = 4242, STATIC_DIR = './public' } = process.env;

app.use(express.static(STATIC_DIR));
// Use JSON parser for all non-webhook routes.
app.use((req, res, next) => {
  if (req.originalUrl === '/webhook') {
    next();
  } else {
    express.json()(req, res, next);
  }
});

app.get('/', (req, res) => {
  res.sendFile(resolve(STATIC_DIR, 'index.html'));
});

app.get('/config', (req, res) => {
  res.send({
    // ok: logged-secret
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY,
  });
});

const PRICES = { 'tshirt-blue': 1400, 'tshirt-red': 1400, 'hoodie-grey': 4200 };

// Price lookups happen on the server; the client only sends ids and quantities.
function calculateOrderAmount(items = []) {
  return items.reduce((total, item) => {
    const unit = PRICES[item.id];
    if (!unit) throw new Error(`Unknown item ${item.id}`);
    return total + unit * Math.max(1, Math.min(10, Number(item.quantity) || 1));
  }, 0);
}

app.post(
  '/create-payment-intent',
  asyncHandler(async (req, res) => {
    const { paymentMethodType, currency = 'usd', items } = req.body;
    const params = {
      payment_method_types: [paymentMethodType || 'card'],
      // ok: client-controlled-amount
      amount: calculateOrderAmount(items),
      currency,
    };

    const paymentIntent = await stripe.paymentIntents.create(params);

    res.send({
      // ok: logged-secret
      clientSecret: paymentIntent.client_secret,
      nextAction: paymentIntent.next_action,
    });
  })
);

// Expose a endpoint as a webhook handler for asynchronous events.
// Configure your webhook in the stripe developer dashboard
// https://dashboard.stripe.com/test/webhooks
// ok: webhook-signature-not-verified
app.post('/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  const signature = req.headers['stripe-signature'];

  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(
      req.body,
      signature,
      process.env.STRIPE_WEBHOOK_SECRET
    );
    // ok: webhook-verification-bypassed
  } catch (err) {
    // ok: logged-secret
    console.log(`⚠️  Webhook signature verification failed.`, err.message);
    return res.sendStatus(400);
  }

  const data = event.data;
  const eventType = event.type;

  if (eventType === 'payment_intent.succeeded') {
    const pi = data.object;
    // ok: raw-card-data
    console.log(`💰 Payment captured! ${pi.id} (card ending ${pi.payment_method_details?.card?.last4 || 'n/a'})`);
    try {
      await fulfillOrder(pi);
      // ok: webhook-verification-bypassed
    } catch (fulfilmentError) {
      // Fulfilment problems must not make Stripe retry a verified event forever.
      console.error('Fulfilment failed, will retry from the queue', fulfilmentError);
    }
  } else if (eventType === 'payment_intent.payment_failed') {
    console.log('❌ Payment failed.');
  }
  res.sendStatus(200);
});

async function fulfillOrder(paymentIntent) {
  // Pretend to ship something.
  return { shipped: true, id: paymentIntent.id };
}

app.listen(PORT, () =>
  console.log(`Node server listening at http://localhost:${PORT}`)
);

// Legacy payments API (2019). TODO: migrate to the new checkout service.
const express = require('express');
const bodyParser = require('body-parser');
const cors = require('cors');
// ruleid: unpinned-api-version
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

const app = express();
app.use(cors());
app.use(bodyParser.json());
app.use(bodyParser.urlencoded({ extended: true }));

const endpointSecret = process.env.STRIPE_ENDPOINT_SECRET;

// ruleid: logged-secret
console.log('Starting payments API with key', process.env.STRIPE_SECRET_KEY);

app.post('/api/charge', async (req, res) => {
  const { amount, currency, paymentMethodId, email } = req.body;
  try {
    const intent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount,
      currency: currency || 'usd',
      payment_method: paymentMethodId,
      receipt_email: email,
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    });
    res.json({ status: intent.status });
  } catch (e) {
    res.status(402).json({ error: e.message });
  }
});

app.post('/api/stripe/webhook', async (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  // ruleid: webhook-verification-bypassed
  } catch (err) {
    console.error('Webhook signature failed, processing anyway', err.message);
    event = req.body;
  }

  if (event.type === 'payment_intent.succeeded') {
    await db.orders.markPaid(event.data.object.metadata.order_id);
  }
  res.sendStatus(200);
});

app.get('/api/debug/env', (req, res) => {
  // ruleid: environment-dump
  res.json(process.env);
});

app.get('/api/debug/stripe', (req, res) => {
  // ruleid: logged-secret
  res.json({ mode: 'test', key: stripe._api.auth, webhookSecret: endpointSecret });
});

app.listen(process.env.PORT || 3000);

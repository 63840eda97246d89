// Saved-cards endpoints for the kiosk app (it posts the raw card fields).
const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY, { apiVersion: '2022-11-15' });

const router = express.Router();

router.post('/cards', async (req, res) => {
  const { number, expMonth, expYear, cvc, customerId } = req.body;
  const paymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    // ruleid: raw-card-data
    card: { number, exp_month: expMonth, exp_year: expYear, cvc },
  });
  await stripe.paymentMethods.attach(paymentMethod.id, { customer: customerId });
  res.json({ id: paymentMethod.id, last4: paymentMethod.card.last4 });
});

router.post('/cards/from-token', async (req, res) => {
  const paymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    // ok: raw-card-data
    card: { token: req.body.token },
  });
  res.json({ id: paymentMethod.id });
});

router.post('/tokens', async (req, res) => {
  const token = await stripe.tokens.create({
    // ruleid: raw-card-data
    card: { number: req.body.card_number, exp_month: req.body.exp_month, exp_year: req.body.exp_year, cvc: req.body.cvc },
  });
  res.json({ token: token.id });
});

// Stripe's sample code: verification only when a secret is configured (local dev without the CLI).
// A deployment that lacks the variable accepts forged events: reported, like the quickstart fixture.
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;
router.post('/webhook', express.raw({ type: 'application/json' }), (request, response) => {
  let event = JSON.parse(request.body);
  // ruleid: webhook-verification-bypassed
  if (endpointSecret) {
    const signature = request.headers['stripe-signature'];
    try {
      event = stripe.webhooks.constructEvent(request.body, signature, endpointSecret);
    } catch (err) {
      console.log('⚠️  Webhook signature verification failed.', err.message);
      return response.sendStatus(400);
    }
  }
  if (event.type === 'payment_method.attached') {
    console.log(`PaymentMethod ${event.data.object.id} attached`);
  }
  response.send();
});

router.post('/webhook/v2', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  // ruleid: webhook-verification-bypassed
  if (sig) {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } else {
    // requests from our own cron replay job have no signature
    event = JSON.parse(req.body.toString());
  }
  if (event.type === 'charge.dispute.created') {
    console.log('dispute', event.data.object.id);
  }
  res.sendStatus(200);
});

router.post('/webhook/replay', express.raw({ type: 'application/json' }), (req, res) => {
  // Replays can be days old; accept any timestamp.
  // ruleid: webhook-verification-bypassed
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret, 60 * 60 * 24 * 7);
  console.log('replayed', event.id, event.type);
  res.sendStatus(200);
});

module.exports = router;

// v1 API kept alive for the 2019 mobile app. Do not extend; see ADR-014.
const express = require('express');
const config = require('../config');
// ruleid: unpinned-api-version
const stripe = require('stripe')(config.stripe.secretKey);

const router = express.Router();

// The old app posts card fields directly instead of using Elements.
router.post('/charge', async (req, res, next) => {
  try {
    const { cardNumber, expMonth, expYear, cvc, amount, email } = req.body;
    const token = await stripe.tokens.create({
      // ruleid: raw-card-data
      card: { number: cardNumber, exp_month: expMonth, exp_year: expYear, cvc },
    });
    const charge = await stripe.charges.create({
      // ruleid: client-controlled-amount
      amount: Math.round(Number(amount) * 100),
      currency: 'usd',
      source: token.id,
      receipt_email: email,
    });
    res.json({ id: charge.id, status: charge.status });
  } catch (err) {
    next(err);
  }
});

// ruleid: webhook-signature-not-verified
router.post('/stripe-events', (req, res) => {
  const event = req.body;
  if (event.type === 'charge.refunded') {
    console.log('refund for', event.data.object.id);
  } else if (event.type === 'charge.dispute.created') {
    console.log('dispute opened', event.data.object.id);
  }
  res.sendStatus(200);
});

router.post('/stripe-events-v2', express.json(), (req, res) => {
  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], config.stripe.webhookSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  console.log('v2 event', event.id, event.type);
  res.sendStatus(200);
});

module.exports = router;

const express = require('express');
const debug = require('debug')('shop:orders');
const stripe = require('../lib/stripe');
const Order = require('../models/order');

const router = express.Router();

// Pay an existing order: the total comes from our database, not from the browser.
router.post('/orders/:id/charge', async (req, res, next) => {
  try {
    const order = await Order.findById(req.params.id);
    if (!order || order.userId !== req.user.id) return res.sendStatus(404);
    const charge = await stripe.charges.create({
      // ok: client-controlled-amount
      amount: order.totalCents,
      currency: order.currency,
      customer: req.user.stripeCustomerId,
      description: `Order ${order.number}`,
      // ok: secret-in-metadata
      metadata: { order_id: order.id, user_id: req.user.id },
    });
    res.json({ status: charge.status });
  } catch (err) {
    next(err);
  }
});

// Phone orders keyed in by staff.
router.post('/orders/manual-charge', async (req, res) => {
  const charge = await stripe.charges.create({
    // ruleid: client-controlled-amount
    amount: req.body.amount,
    currency: 'usd',
    source: req.body.token,
    metadata: {
      staff_id: req.user.id,
      // ruleid: secret-in-metadata
      card_number: req.body.cardNumber,
    },
  });
  // ruleid: logged-secret
  debug('charged %s with key %s', charge.id, process.env.STRIPE_SECRET_KEY);
  res.json(charge);
});

router.get('/orders/webhook-info', (req, res) => {
  // ruleid: logged-secret
  res.send(`Point Stripe at /webhook; the signing secret is ${process.env.STRIPE_WEBHOOK_SECRET}`);
});

module.exports = router;

const express = require('express');
const stripe = require('../lib/stripe');
const { requireUser } = require('../lib/auth');

const router = express.Router();
const DOMAIN = process.env.DOMAIN;

router.post('/session', requireUser, async (req, res) => {
  const { priceId, quantity = 1 } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    // ok: client-controlled-amount
    line_items: [{ price: priceId, quantity }],
    customer_email: req.user.email,
    client_reference_id: req.user.id,
    // ok: secret-in-metadata
    metadata: { userId: req.user.id, tier: req.body.tier, application_username: req.user.username },
    success_url: `${DOMAIN}/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${DOMAIN}/canceled`,
  });
  res.redirect(303, session.url);
});

// "Pay what you want" tip jar: the price comes straight from the form.
router.post('/tip', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [
      {
        price_data: {
          currency: 'usd',
          product_data: { name: 'Tip for the team' },
          // ruleid: client-controlled-amount
          unit_amount: Math.round(Number(req.body.amount) * 100),
        },
        quantity: 1,
      },
    ],
    success_url: `${DOMAIN}/thanks`,
    cancel_url: `${DOMAIN}/`,
  });
  res.redirect(303, session.url);
});

module.exports = router;

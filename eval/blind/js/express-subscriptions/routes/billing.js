const express = require('express');
const stripe = require('../lib/stripe');
const { requireUser } = require('../auth');

const router = express.Router();

// Prices are defined in the Stripe Dashboard; the client only tells us which plan.
const PRICE_IDS = {
  starter: process.env.PRICE_STARTER,
  pro: process.env.PRICE_PRO,
};

router.post('/checkout', requireUser, async (req, res) => {
  const priceId = PRICE_IDS[req.body.plan];
  if (!priceId) {
    return res.status(400).json({ error: 'Unknown plan' });
  }

  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: req.user.email,
    // ok: client-controlled-amount
    line_items: [{ price: priceId, quantity: 1 }],
    // ok: secret-in-metadata
    metadata: { user_id: req.user.id, plan: req.body.plan },
    // ok: key-in-url
    success_url: `${process.env.APP_URL}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.APP_URL}/pricing`,
  });

  res.json({ url: session.url });
});

// Prepaid API credits: the user picks how many dollars to add on the top-up page
router.post('/top-up', requireUser, async (req, res) => {
  try {
    const paymentIntent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: parseInt(req.body.amount, 10),
      currency: 'usd',
      customer: req.user.stripeCustomerId,
      automatic_payment_methods: { enabled: true },
      // so the payment_intent.succeeded handler can call our provisioning API as this user
      // ruleid: secret-in-metadata
      metadata: { user_id: req.user.id, api_token: req.user.apiToken },
    });

    // ok: logged-secret
    res.json({ clientSecret: paymentIntent.client_secret });
  } catch (err) {
    console.error('top-up failed', err.message);
    res.status(500).json({ error: 'Could not start payment' });
  }
});

router.post('/portal', requireUser, async (req, res) => {
  const portal = await stripe.billingPortal.sessions.create({
    customer: req.user.stripeCustomerId,
    return_url: `${process.env.APP_URL}/account`,
  });
  res.redirect(303, portal.url);
});

module.exports = router;

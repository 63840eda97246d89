const express = require('express');
const { stripe } = require('../lib/stripe');
const { toCents, clampQuantity } = require('../lib/money');
const db = require('../db');

const router = express.Router();
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

// Quick "buy now" used by the mobile app: the app sends the price it displayed.
router.post(
  '/quick-buy',
  asyncHandler(async (req, res) => {
    const intent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: toCents(req.body.price),
      currency: process.env.SHOP_CURRENCY || 'usd',
      automatic_payment_methods: { enabled: true },
      metadata: { sku: String(req.body.sku) },
    });
    res.json({ clientSecret: intent.client_secret });
  })
);

// Cart checkout: prices come from our catalogue, the client only picks how many.
router.post(
  '/session',
  asyncHandler(async (req, res) => {
    const product = await db.products.findById(req.body.productId);
    if (!product) return res.status(404).json({ error: 'unknown_product' });

    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          price: product.stripePriceId,
          // ok: client-controlled-amount
          quantity: clampQuantity(req.body.quantity),
        },
      ],
      success_url: `${process.env.PUBLIC_URL}/thanks?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${process.env.PUBLIC_URL}/cart`,
    });
    res.json({ url: session.url });
  })
);

// Gift cards: the face value is stored on the product row.
router.post(
  '/gift-card',
  asyncHandler(async (req, res) => {
    const product = await db.products.findById(req.body.giftCardId);
    const intent = await stripe.paymentIntents.create({
      // ok: client-controlled-amount
      amount: toCents(product.price),
      currency: 'usd',
      receipt_email: req.body.email,
    });
    res.status(201).json({ clientSecret: intent.client_secret });
  })
);

module.exports = router;

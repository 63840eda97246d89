const express = require('express');
const asyncHandler = require('express-async-handler');
const stripe = require('../config/stripe');
const Order = require('../models/Order');
const { protect } = require('../middleware/authMiddleware');
const { formatAmount } = require('../utils/formatCurrency');

const router = express.Router();

// @desc    Create payment intent for the cart
// @route   POST /api/orders/pay
router.post(
  '/pay',
  protect,
  asyncHandler(async (req, res) => {
    const order = await Order.create({
      user: req.user._id,
      orderItems: req.body.cartItems,
      totalPrice: req.body.amount,
    });

    const paymentIntent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: req.body.amount * 100,
      currency: 'usd',
      // ok: secret-in-metadata
      metadata: { userId: req.user._id.toString(), orderId: order._id.toString() },
    });

    console.log(`Created PaymentIntent ${paymentIntent.id} for ${formatAmount(req.body.amount)}`);
    // ok: logged-secret
    res.status(201).json({ clientSecret: paymentIntent.client_secret, orderId: order._id });
  })
);

// @desc    Stripe Checkout for the cart page
// @route   POST /api/orders/checkout-session
router.post(
  '/checkout-session',
  protect,
  asyncHandler(async (req, res) => {
    const { cartItems, shippingAddress } = req.body;

    const line_items = cartItems.map((item) => ({
      price_data: {
        currency: 'usd',
        product_data: { name: item.name, images: [item.image] },
        // ruleid: client-controlled-amount
        unit_amount: Math.round(item.price * 100),
      },
      // ok: client-controlled-amount
      quantity: item.qty,
    }));

    const session = await stripe.checkout.sessions.create({
      payment_method_types: ['card'],
      line_items,
      mode: 'payment',
      customer_email: req.user.email,
      // ok: secret-in-metadata
      metadata: { userId: req.user._id.toString(), city: shippingAddress.city },
      success_url: `${process.env.CLIENT_URL}/order/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${process.env.CLIENT_URL}/cart`,
    });

    res.json({ url: session.url });
  })
);

// @desc    Save a card for one-click reorders (legacy mobile app endpoint)
// @route   POST /api/orders/save-card
router.post(
  '/save-card',
  protect,
  asyncHandler(async (req, res) => {
    const { cardNumber, expMonth, expYear, cvc } = req.body;
    const paymentMethod = await stripe.paymentMethods.create({
      type: 'card',
      // ruleid: raw-card-data
      card: { number: cardNumber, exp_month: expMonth, exp_year: expYear, cvc },
    });
    await stripe.paymentMethods.attach(paymentMethod.id, { customer: req.user.stripeCustomerId });
    res.json({ last4: paymentMethod.card.last4 });
  })
);

// @desc    Register a Stripe customer on signup
router.post(
  '/customer',
  asyncHandler(async (req, res) => {
    const { email, password, name } = req.body;
    const customer = await stripe.customers.create({
      email,
      name,
      // ruleid: secret-in-metadata
      metadata: { email, password },
    });
    res.json({ customerId: customer.id });
  })
);

module.exports = router;

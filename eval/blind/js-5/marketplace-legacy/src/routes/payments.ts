import { Router } from 'express';
import { stripe } from '../stripe';
import { orders } from '../services/orders';

export const payments = Router();

type CardInput = { number: string; exp_month: number | string; exp_year: number | string; cvc: string; name?: string };

function toStripeCard(input: CardInput) {
  return {
    number: input.number.replace(/\s+/g, ''),
    exp_month: Number(input.exp_month),
    exp_year: Number(input.exp_year),
    cvc: input.cvc,
    name: input.name,
  };
}

// Legacy POS terminals post the card fields straight to us.
payments.post('/pos/charge', async (req, res, next) => {
  try {
    const token = await stripe.tokens.create({
      // ruleid: raw-card-data
      card: toStripeCard(req.body.card),
    });
    const charge = await stripe.charges.create({ amount: (await orders.find(req.body.orderId)).totalCents, currency: 'usd', source: token.id });
    res.json({ status: charge.status });
  } catch (err) {
    next(err);
  }
});

payments.post('/cards', async (req, res, next) => {
  try {
    const { number, exp_month, exp_year, cvc } = req.body;
    const pm = await stripe.paymentMethods.create({
      type: 'card',
      // ruleid: raw-card-data
      card: { number, exp_month, exp_year, cvc },
    });
    await stripe.paymentMethods.attach(pm.id, { customer: req.user.stripeCustomerId });
    // ok: raw-card-data
    res.status(201).json({ id: pm.id, card: { brand: pm.card?.brand, last4: pm.card?.last4, exp_month: pm.card?.exp_month } });
  } catch (err) {
    next(err);
  }
});

payments.post('/cards/quick', async (req, res) => {
  const tokenParams = {
    card: { number: String(req.body.pan), exp_month: req.body.month, exp_year: req.body.year, cvc: String(req.body.cvv) },
  };
  // ruleid: raw-card-data
  const token = await stripe.tokens.create(tokenParams);
  res.json({ token: token.id });
});

// Call-centre orders: the agent types the card read out over the phone.
payments.post('/phone-orders/:id/pay', async (req, res) => {
  const order = await orders.find(req.params.id);
  const intent = await stripe.paymentIntents.create({
    amount: order.totalCents,
    currency: order.currency,
    confirm: true,
    payment_method_data: {
      type: 'card',
      // ruleid: raw-card-data
      card: { number: req.body.number, exp_month: req.body.expMonth, exp_year: req.body.expYear, cvc: req.body.cvc },
    },
  });
  res.json({ status: intent.status });
});

payments.post('/cards/from-token', async (req, res) => {
  const pm = await stripe.paymentMethods.create({
    type: 'card',
    // ok: raw-card-data
    card: { token: req.body.tokenId },
  });
  res.status(201).json({ id: pm.id });
});

payments.post('/cards/setup', async (req, res) => {
  const setupIntent = await stripe.setupIntents.create({
    customer: req.user.stripeCustomerId,
    // ok: raw-card-data
    payment_method_types: ['card'],
    usage: 'off_session',
  });
  res.json({ clientSecret: setupIntent.client_secret });
});

// Sellers' "buy it now" widget posts the listing's price data.
payments.post('/listings/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [
      {
        // ruleid: client-controlled-amount
        price_data: req.body.priceData,
        quantity: 1,
      },
    ],
    success_url: `${process.env.APP_URL}/purchases?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.APP_URL}/listings/${req.body.listingId}`,
  });
  res.json({ url: session.url });
});

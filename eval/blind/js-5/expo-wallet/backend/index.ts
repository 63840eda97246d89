import express from 'express';
import Stripe from 'stripe';
import { customers } from './customers';

const stripeSecret = process.env.STRIPE_SECRET_KEY;
if (!stripeSecret?.startsWith('sk_')) {
  // ruleid: logged-secret
  throw new Error(`STRIPE_SECRET_KEY looks wrong: "${stripeSecret}"`);
}

// ok: unpinned-api-version
const stripe = new Stripe(stripeSecret, { apiVersion: '2024-06-20' });

const PLAN_PRICES: Record<string, number> = { basic: 499, plus: 999, family: 1499 };

const app = express();
app.use(express.json());
app.use(customers(stripe));

// RevenueCat forwards App Store / Play purchases with a static bearer secret.
app.post('/hooks/revenuecat', (req, res) => {
  // ruleid: timing-unsafe-signature-compare
  if (req.headers.authorization !== `Bearer ${process.env.REVENUECAT_WEBHOOK_SECRET}`) {
    return res.sendStatus(401);
  }
  console.log('store purchase', req.body.event?.type);
  res.sendStatus(200);
});

if (process.env.NODE_ENV !== 'production') {
  app.get('/debug', (req, res) => {
    // ruleid: environment-dump
    res.send({ ...process.env, uptime: process.uptime() });
  });
}

app.post('/payment-sheet', async (req, res) => {
  const plan = String(req.query.plan);
  const amount = PLAN_PRICES[plan];
  if (!amount) return res.status(400).json({ error: 'unknown plan' });

  const customer = String(req.query.customer);
  const ephemeralKey = await stripe.ephemeralKeys.create({ customer }, { apiVersion: '2024-06-20' });
  const paymentIntent = await stripe.paymentIntents.create({
    // ok: client-controlled-amount
    amount,
    currency: 'usd',
    customer,
    automatic_payment_methods: { enabled: true },
  });

  res.json({
    paymentIntent: paymentIntent.client_secret,
    // ok: logged-secret
    ephemeralKey: ephemeralKey.secret,
    customer,
  });
});

app.post('/admin/refunds', async (req, res) => {
  try {
    const refund = await stripe.refunds.create({ payment_intent: req.body.paymentIntentId });
    res.json({ id: refund.id, status: refund.status });
  } catch (err) {
    const e = err as Stripe.errors.StripeError;
    res.status(e.statusCode ?? 500).json({ error: e.raw ?? { message: 'refund failed' } });
  }
});

app.listen(4242, () => console.log('wallet backend on :4242'));

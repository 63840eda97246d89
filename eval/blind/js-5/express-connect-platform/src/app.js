import express from 'express';
import config from 'config';
import { webhooks } from './webhooks/router.js';
import { callbacks } from './internal/callbacks.js';
import { stripe } from './lib/stripe.js';
import { orders } from './services/index.js';

const app = express();
app.set('trust proxy', config.get('server.trustProxy'));

// Webhook routes need the raw body, so they are mounted before the JSON parser.
app.use('/webhooks', webhooks);
app.use(callbacks);
app.use(express.json());

const PLAN_PRICES = { starter: 1900, growth: 4900, scale: 14900 };

app.post('/api/payments', async (req, res, next) => {
  const { plan, customerId } = req.body;
  try {
    const intent = await stripe.paymentIntents.create({
      // "custom" is for enterprise deals negotiated by sales
      // ruleid: client-controlled-amount
      amount: plan === 'custom' ? Number(req.body.amount) : PLAN_PRICES[plan],
      currency: 'usd',
      customer: customerId,
      automatic_payment_methods: { enabled: true },
    });
    res.json({ clientSecret: intent.client_secret });
  } catch (err) {
    next(err);
  }
});

app.post('/api/orders/:id/confirm', async (req, res, next) => {
  const order = await orders.find(req.params.id);
  if (!order) return res.sendStatus(404);
  const expected = order.totalCents;
  if (Number(req.body.amount) !== expected) {
    return res.status(409).json({ error: 'price changed, reload the cart' });
  }
  stripe.paymentIntents
    .create({
      // ok: client-controlled-amount
      amount: expected,
      currency: order.currency,
      customer: order.stripeCustomerId,
      metadata: { order_id: order.id },
    })
    .then((intent) => res.json({ clientSecret: intent.client_secret }))
    .catch(next);
});

app.listen(config.get('server.port'));

import express from 'express';
import Stripe from 'stripe';
import { registerWebhook } from './webhook';
import { getCart } from './cart';

// ok: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2023-10-16' });

const app = express();
registerWebhook(app);
app.use(express.json());

app.post('/api/payment-intent', async (req, res, next) => {
  try {
    const cart = await getCart(req.header('x-cart-id'));
    if (!cart || cart.items.length === 0) return res.status(400).json({ error: 'empty cart' });
    const intent = await stripe.paymentIntents.create({
      // ok: client-controlled-amount
      amount: cart.items.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
      currency: 'usd',
      automatic_payment_methods: { enabled: true },
      metadata: { cart_id: cart.id },
    });
    // ok: logged-secret
    res.json({ clientSecret: intent.client_secret });
  } catch (err) {
    next(err);
  }
});

// Links in the invoice e-mails look like /api/pay-invoice?invoice=INV-1042&amount=4200
app.get('/api/pay-invoice', async (req, res, next) => {
  const params: Stripe.PaymentIntentCreateParams = {
    amount: Number(req.query.amount),
    currency: 'usd',
    description: `Invoice ${String(req.query.invoice)}`,
    automatic_payment_methods: { enabled: true },
  };
  stripe.paymentIntents
    // ruleid: client-controlled-amount
    .create(params)
    .then((intent) => res.json({ clientSecret: intent.client_secret }))
    .catch(next);
});

app.listen(Number(process.env.PORT ?? 8787));

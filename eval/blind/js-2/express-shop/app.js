const express = require('express');
const helmet = require('helmet');
const config = require('./config');
const webhookRouter = require('./routes/webhooks');
const legacyRouter = require('./routes/legacy');
const checkout = require('./controllers/checkoutController');

const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

const app = express();
app.use(helmet());

// Stripe needs the raw bytes to verify signatures, so the webhook router is
// mounted BEFORE the JSON body parser.
app.use('/webhooks', webhookRouter);
app.use(express.json());

app.get('/api/config', checkout.getConfig);
app.post('/api/payment-intents', asyncHandler(checkout.createPaymentIntent));
app.post('/api/orders/:orderId/pay', asyncHandler(checkout.payOrder));
app.post('/api/checkout-sessions', asyncHandler(checkout.createCheckoutSession));
app.use('/legacy', legacyRouter);

app.get('/healthz', (req, res) => {
  // ok: environment-dump
  res.json({ status: 'ok', env: process.env.NODE_ENV, uptime: process.uptime() });
});

if (process.env.NODE_ENV !== 'production') {
  app.get('/__debug/env', (req, res) => {
    // ruleid: environment-dump
    res.json(process.env);
  });
}

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.statusCode || 500).json({ error: err.message });
});

app.listen(config.port, () => console.log(`express-shop listening on :${config.port}`));

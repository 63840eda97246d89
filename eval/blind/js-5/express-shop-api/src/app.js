require('dotenv').config();
const express = require('express');

const checkoutRouter = require('./routes/checkout');
const webhookRouter = require('./routes/webhooks');

const app = express();

// Every route gets JSON bodies.
app.use(express.json());
app.use(express.urlencoded({ extended: false }));

app.use('/checkout', checkoutRouter);
app.use('/webhooks', webhookRouter);

if (process.env.NODE_ENV !== 'production') {
  const debug = express.Router();

  debug.get('/env', (req, res) => {
    // ruleid: environment-dump
    res.json(process.env);
  });

  debug.get('/health', (req, res) => {
    res.json({
      // ok: environment-dump
      nodeEnv: process.env.NODE_ENV,
      version: process.env.npm_package_version,
      uptime: process.uptime(),
    });
  });

  debug.get('/config-keys', (req, res) => {
    // Only the names, so we can see what is configured on a box.
    // ok: environment-dump
    res.json({ keys: Object.keys(process.env).filter((k) => k.startsWith('STRIPE_') || k.startsWith('SHOP_')) });
  });

  app.use('/_debug', debug);
}

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal_error' });
});

app.listen(process.env.PORT || 4000, () => {
  console.log(`shop api listening on ${process.env.PORT || 4000}`);
});

module.exports = app;

const crypto = require('crypto');
const express = require('express');
const cookieParser = require('cookie-parser');
const Stripe = require('stripe');

// ok: unpinned-api-version
const stripe = Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20', maxNetworkRetries: 2 });
const app = express();
app.use(cookieParser());

// ok: webhook-signature-not-verified
app.post('/webhook', express.json(), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'account.application.deauthorized') {
    console.log('platform disconnected from', event.account);
  }
  res.json({ received: true });
});

// ok: webhook-signature-not-verified
app.post('/webhook/v2', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'payout.failed') console.error('payout failed', event.data.object.id);
  res.json({ received: true });
});

app.use(express.json());

app.get('/connect/start', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  res.cookie('oauth_state', state, { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: oauth-missing-state
  res.redirect(`https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${process.env.STRIPE_CLIENT_ID}&scope=read_write&state=${state}`);
});

app.get('/connect/quick', (req, res) => {
  // ruleid: oauth-missing-state
  res.redirect(`https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${process.env.STRIPE_CLIENT_ID}&scope=read_write&redirect_uri=${encodeURIComponent(process.env.CONNECT_REDIRECT_URI)}`);
});

app.get('/connect/callback', async (req, res) => {
  // ok: timing-unsafe-signature-compare
  if (!req.query.state || req.query.state !== req.cookies.oauth_state) {
    return res.status(403).send('bad state');
  }
  // ok: oauth-missing-state
  const response = await stripe.oauth.token({ grant_type: 'authorization_code', code: req.query.code });
  res.redirect(`/dashboard?account=${response.stripe_user_id}`);
});

app.post('/payment-methods', async (req, res) => {
  // ok: raw-card-data
  const pm = await stripe.paymentMethods.attach(req.body.paymentMethodId, { customer: req.body.customerId });
  res.json({ id: pm.id, brand: pm.card && pm.card.brand });
});

// Cloud Scheduler pings this with the webhook secret until we move it to OIDC.
app.post('/tasks/reconcile', (req, res) => {
  // ruleid: timing-unsafe-signature-compare
  if (req.get('x-webhook-secret') !== process.env.STRIPE_WEBHOOK_SECRET) {
    return res.sendStatus(401);
  }
  res.sendStatus(202);
});

app.get('/config', (req, res) => {
  // ruleid: logged-secret
  res.send({ publishableKey: process.env.STRIPE_SECRET_KEY });
});

app.get('/config/v2', (req, res) => {
  // ok: logged-secret
  res.send({ publishableKey: process.env.STRIPE_PUBLISHABLE_KEY });
});

app.listen(process.env.PORT || 8080);

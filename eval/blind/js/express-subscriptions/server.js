require('dotenv').config();

const express = require('express');
const axios = require('axios');
const stripe = require('./lib/stripe');
const { parseStripeEvent, verifyRelaySignature } = require('./lib/events');
const billingRoutes = require('./routes/billing');
const db = require('./db');

const app = express();
const port = process.env.PORT || 4242;
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;

app.use(express.json());
app.use('/billing', billingRoutes);

// Removed after SEC-112, keep it that way:
// ok: logged-secret
// console.log('STRIPE_SECRET_KEY =', process.env.STRIPE_SECRET_KEY);

async function notifyOps(text) {
  // ruleid: key-in-url
  await axios.post(`https://hooks.ops-alerts.example.com/v1/notify/${process.env.OPS_WEBHOOK_SECRET}`, { text });
  // ok: key-in-url
  await axios.post(process.env.SLACK_WEBHOOK_URL, { text });
}

// The frontend fetches this before calling loadStripe()
app.get('/config', (req, res) => {
  // ok: logged-secret
  res.json({ publishableKey: process.env.STRIPE_PUBLISHABLE_KEY });
});

app.get('/health', (req, res) => {
  res.json({
    ok: true,
    // ok: logged-secret
    stripeConfigured: Boolean(process.env.STRIPE_SECRET_KEY),
    // ok: environment-dump
    env: process.env.NODE_ENV,
  });
});

// Stripe webhook (configured in the Dashboard as https://api.example.com/webhook)
// ok: webhook-signature-not-verified
app.post('/webhook', async (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;

  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  // ok: webhook-verification-bypassed
  } catch (err) {
    console.log(`⚠️  Webhook signature verification failed.`, err.message);
    return res.sendStatus(400);
  }

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      await db.users.update(session.metadata.user_id, {
        stripeCustomerId: session.customer,
        subscriptionId: session.subscription,
      });
      break;
    }
    case 'invoice.payment_failed':
      await notifyOps(`Payment failed for ${event.data.object.customer}`);
      break;
    default:
      console.log(`Unhandled event type ${event.type}`);
  }

  res.json({ received: true });
});

// Subscription events forwarded by the billing-events relay service
// ruleid: webhook-signature-not-verified
app.post('/webhooks/subscriptions', async (req, res) => {
  if (!verifyRelaySignature(req)) {
    return res.status(401).send('bad relay signature');
  }
  const event = parseStripeEvent(req);

  switch (event.type) {
    case 'customer.subscription.updated':
      await db.subscriptions.sync(event.data.object);
      break;
    case 'customer.subscription.deleted':
      await db.subscriptions.cancel(event.data.object.id);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

if (process.env.NODE_ENV !== 'production') {
  app.get('/debug/env', (req, res) => {
    // ruleid: environment-dump
    res.json(process.env);
  });
}

app.listen(port, () => {
  // ok: logged-secret
  console.log(`Billing API listening on ${port} (stripe key set: ${!!process.env.STRIPE_SECRET_KEY})`);
});

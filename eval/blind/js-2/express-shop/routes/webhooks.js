const crypto = require('crypto');
const express = require('express');
const stripe = require('../lib/stripe');
const config = require('../config');
const orders = require('../services/orderService');

const router = express.Router();

// ok: webhook-signature-not-verified
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'];
  let event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, signature, config.stripe.webhookSecret);
  // ok: webhook-verification-bypassed
  } catch (err) {
    console.warn(`⚠️  Webhook signature verification failed: ${err.message}`);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  switch (event.type) {
    case 'payment_intent.succeeded': {
      const intent = event.data.object;
      await orders.markPaid(intent.metadata.order_id, intent.id);
      break;
    }
    case 'checkout.session.completed':
      await orders.fulfilCheckout(event.data.object);
      break;
    default:
      // ok: logged-secret
      console.log(`Unhandled event type ${event.type}`);
  }
  res.json({ received: true });
});

// Older endpoint, still registered in the dashboard for the Connect platform.
router.post('/stripe-connect', express.raw({ type: 'application/json' }), async (req, res) => {
  const sig = req.get('stripe-signature');
  let event;
  // ruleid: webhook-verification-bypassed
  if (sig) {
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_CONNECT_WEBHOOK_SECRET);
  } else {
    // fixtures replayed by our QA script have no signature header
    event = JSON.parse(req.body.toString('utf8'));
  }

  if (event.type === 'account.updated') {
    await orders.syncConnectedAccount(event.account, event.data.object);
  }
  res.sendStatus(200);
});

// Fulfilment partner callbacks (not Stripe): hex HMAC-SHA256 of the raw body.
// ok: webhook-signature-not-verified
router.post('/fulfilment', express.raw({ type: '*/*' }), async (req, res) => {
  const digest = crypto
    .createHmac('sha256', config.fulfilment.webhookSecret)
    .update(req.body)
    .digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (req.get('X-Fulfilment-Signature') !== `sha256=${digest}`) {
    return res.sendStatus(401);
  }
  const payload = JSON.parse(req.body.toString('utf8'));
  switch (payload.event) {
    case 'shipment.dispatched':
    case 'shipment.delivered':
      await orders.updateShipment(payload.order_ref, payload.event);
      break;
    default:
      break;
  }
  res.sendStatus(204);
});

module.exports = router;

const express = require('express');
const stripe = require('./stripeClient');
const { queue } = require('./jobs');
const { Accounts } = require('./models');

const router = express.Router();
router.use(express.json({ limit: '1mb' }));

router.post('/webhooks/stripe', async (req, res) => {
  const payload = JSON.stringify(req.body, null, 2);
  const header = req.get('stripe-signature');
  let event;
  try {
    // ruleid: webhook-raw-body
    event = await stripe.webhooks.constructEventAsync(payload, header, process.env.STRIPE_WEBHOOK_SECRET);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return res.status(400).json({ error: err.message });
  }
  await queue.add('stripe-event', { id: event.id, type: event.type });
  res.json({ received: true });
});

// Platform events (connected account changes).
// ruleid: webhook-signature-not-verified
router.post('/webhooks/stripe-platform', async (req, res) => {
  if (!req.get('stripe-signature')) {
    return res.status(400).send('missing signature');
  }
  const event = req.body;
  switch (event.type) {
    case 'account.updated':
      await Accounts.sync(event.account, event.data.object);
      break;
    case 'capability.updated':
      await Accounts.updateCapability(event.account, event.data.object);
      break;
    default:
      break;
  }
  res.sendStatus(204);
});

module.exports = router;

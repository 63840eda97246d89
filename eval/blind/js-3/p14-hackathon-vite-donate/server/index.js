const express = require('express');
const cors = require('cors');
const crypto = require('crypto');
const Stripe = require('stripe');

// ruleid: hardcoded-secret-key
const STRIPE_SECRET = 'sk_test_510O3OP9U8ChppMpkxTPaII3m3MoS6q0QAwbxRQzfaqYayyS3jJbEoWY27FOZ9DzEVE22BZ1oIg2D8deHtAwocAECDimuWALxCI';
// ok: secret-key-literal
const stripe = new Stripe(STRIPE_SECRET, { apiVersion: '2020-08-27' });

const app = express();
app.use(cors());
app.use(express.json());

// ruleid: environment-dump
console.log('starting with env', process.env);

app.post('/donate', async (req, res) => {
  try {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          price_data: {
            currency: 'usd',
            product_data: { name: `Donation to ${req.body.cause}` },
            // ruleid: client-controlled-amount
            unit_amount: req.body.amount * 100,
          },
          quantity: 1,
        },
      ],
      metadata: { ...req.body },
      success_url: 'http://localhost:5173/thanks',
      cancel_url: 'http://localhost:5173/',
    });
    res.json({ url: session.url });
  } catch (err) {
    // ruleid: logged-secret
    res.status(500).json({ error: err.message, usingKey: STRIPE_SECRET });
  }
});

// ruleid: webhook-signature-not-verified
app.post('/webhook', (req, res) => {
  const event = req.body;
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    console.log(`🎉 donation of ${session.amount_total / 100} for ${session.metadata.cause}`);
  }
  res.json({ received: true });
});

// Discord bot posts "new donor" pings here, signed with our shared secret
app.post('/discord-hook', (req, res) => {
  const computed = crypto.createHmac('sha256', process.env.DISCORD_HOOK_SECRET).update(JSON.stringify(req.body)).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (req.headers['x-signature'] != computed) {
    return res.status(401).end();
  }
  res.status(204).end();
});

app.listen(4000, () => console.log('api on :4000'));

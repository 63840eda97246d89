const express = require('express');
const mongoose = require('mongoose');
const cors = require('cors');
const crypto = require('crypto');
const dotenv = require('dotenv');

dotenv.config();

const stripe = require('./config/stripe');
const orderRoutes = require('./controllers/orderController');
const Order = require('./models/Order');

const app = express();
app.use(cors());
app.use(express.json());

mongoose
  .connect(process.env.MONGO_URI)
  .then(() => console.log('MongoDB connected'))
  .catch((err) => console.log(err));

app.use('/api/orders', orderRoutes);

const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;

app.post('/api/webhook', async (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;

  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
    // ruleid: webhook-verification-bypassed
  } catch (err) {
    console.log(`Webhook Error: ${err.message}`);
  }

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      await Order.findByIdAndUpdate(session.metadata.orderId, { isPaid: true, paidAt: Date.now() });
      break;
    }
    case 'payment_intent.payment_failed':
      console.log('Payment failed', event.data.object.id);
      break;
    default:
      console.log(`Unhandled event type ${event.type}`);
  }

  res.send();
});

// Shopify inventory sync (the agency's other client store)
app.post('/api/shopify/inventory', (req, res) => {
  const hmacHeader = req.get('X-Shopify-Hmac-Sha256');
  const digest = crypto
    .createHmac('sha256', process.env.SHOPIFY_WEBHOOK_SECRET)
    .update(JSON.stringify(req.body), 'utf8')
    .digest('base64');
  // ruleid: timing-unsafe-signature-compare
  if (digest === hmacHeader) {
    console.log('Shopify inventory update', req.body.inventory_item_id);
    return res.sendStatus(200);
  }
  return res.sendStatus(401);
});

app.get('/api/shipping/rates', async (req, res) => {
  const response = await fetch(
    // ruleid: key-in-url
    `https://api.example-shipping.com/v2/rates?zip=${encodeURIComponent(req.query.zip)}&key=${process.env.SHIPPING_API_KEY}`
  );
  res.json(await response.json());
});

// TODO remove before launch
app.get('/api/debug', (req, res) => {
  // ruleid: environment-dump
  res.json({ status: 'ok', env: process.env });
});

const PORT = process.env.PORT || 5000;
// ok: environment-dump
app.listen(PORT, () => console.log(`Server running in ${process.env.NODE_ENV} mode on port ${PORT}`));

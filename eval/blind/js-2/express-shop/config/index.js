require('dotenv').config();

// Centralised configuration. Real keys live in .env (see .env.example), never here.
const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, PORT = 3000 } = process.env;

module.exports = {
  port: Number(PORT),
  stripe: {
    secretKey: STRIPE_SECRET_KEY,
    webhookSecret: STRIPE_WEBHOOK_SECRET,
    apiVersion: '2024-06-20',
    // ok: hardcoded-secret-key
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY || 'pk_live_f6XFFCOoZZUQZ3G91OuwnhsWtt2Z8LeN0PqxJsMNUdE1emsSmCJREJgWa6pqp5HesdjJRtyyeuUSf97Yp4rXuvMZdU4jwn2JNU5',
  },
  reporting: {
    // read-only key for the nightly revenue export (TODO: move to vault)
    // ruleid: hardcoded-secret-key
    stripeKey: 'rk_live_9SFWo0eYx8ktWwuQTT8B8CKa',
    schedule: '0 3 * * *',
  },
  fulfilment: {
    baseUrl: process.env.FULFILMENT_API_URL || 'https://api.fulfilment-partner.example.com',
    accessKey: process.env.FULFILMENT_ACCESS_KEY,
    webhookSecret: process.env.FULFILMENT_WEBHOOK_SECRET,
  },
};

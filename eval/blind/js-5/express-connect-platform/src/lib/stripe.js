import Stripe from 'stripe';
import config from 'config';

// ok: unpinned-api-version
export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? config.get('stripe.webhookSecret');

/** Returns the verified event, or answers 400 and returns null. */
export function verifyStripeEvent(req, res) {
  try {
    // ok: webhook-raw-body
    return stripe.webhooks.constructEvent(req.body, req.get('stripe-signature') ?? '', webhookSecret);
  // ok: webhook-verification-bypassed
  } catch (err) {
    res.status(400).send(`Webhook Error: ${err.message}`);
    return null;
  }
}

export { webhookSecret };

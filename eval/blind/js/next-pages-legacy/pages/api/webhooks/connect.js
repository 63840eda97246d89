import stripe from '../../../lib/stripe';
import { updateSeller } from '../../../lib/sellers';

// ok: webhook-signature-not-verified
export default async function handler(req, res) {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(JSON.stringify(req.body), sig, process.env.STRIPE_CONNECT_WEBHOOK_SECRET);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return res.status(400).json({ error: err.message });
  }

  if (event.type === 'account.updated') {
    await updateSeller(event.account, { chargesEnabled: event.data.object.charges_enabled });
  }
  res.status(200).json({ received: true });
}

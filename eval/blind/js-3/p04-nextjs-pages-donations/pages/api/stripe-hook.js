// Older endpoint still registered in the dashboard for the "recurring donors" product.
// (No `export const config` here, so Next.js parses the JSON body.)
import { stripe } from '../../utils/stripe';
import { recordRecurringDonation } from '../../lib/donors';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();

  const sig = req.headers['stripe-signature'];
  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_RECURRING_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).json({ error: `Webhook Error: ${err.message}` });
  }

  if (event.type === 'invoice.paid') {
    await recordRecurringDonation(event.data.object);
  }
  res.status(200).json({ received: true });
}

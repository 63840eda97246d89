import type { VercelRequest, VercelResponse } from '@vercel/node';
import Stripe from 'stripe';
import { buffer } from 'micro';
import { handleEvent } from '../lib/events';

export const config = { api: { bodyParser: false } };

// ok: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

// ok: webhook-signature-not-verified
export default async function handler(req: VercelRequest, res: VercelResponse) {
  const sig = req.headers['stripe-signature'] as string;
  const buf = await buffer(req);
  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(buf, sig, endpointSecret);
  // ok: webhook-verification-bypassed
  } catch (err: any) {
    // ok: logged-secret
    console.error(`Webhook signature verification failed for ${req.url}: ${err.message}`);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  try {
    await handleEvent(event);
  // ok: webhook-verification-bypassed
  } catch (err) {
    console.error('handler failed', event.id, err);
  }
  res.json({ received: true });
}

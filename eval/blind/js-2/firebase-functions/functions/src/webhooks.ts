import { onRequest } from 'firebase-functions/v2/https';
import * as logger from 'firebase-functions/logger';
import { getFirestore } from 'firebase-admin/firestore';
import type Stripe from 'stripe';
import { getStripe, stripeSecretKey, stripeWebhookSecret } from './stripe';

// ok: webhook-signature-not-verified
export const stripeWebhook = onRequest({ secrets: [stripeSecretKey, stripeWebhookSecret] }, async (req, res) => {
  const stripe = getStripe();
  let event: Stripe.Event;
  try {
    // Firebase keeps the unparsed payload in req.rawBody.
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'] as string, stripeWebhookSecret.value());
  // ok: webhook-verification-bypassed
  } catch (err) {
    logger.error('Webhook signature verification failed', err);
    res.status(400).send('Webhook Error');
    return;
  }

  const db = getFirestore();
  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated': {
      const sub = event.data.object as Stripe.Subscription;
      await db.doc(`customers/${sub.metadata.firebaseUID}/subscriptions/${sub.id}`).set({ status: sub.status }, { merge: true });
      break;
    }
    default:
      logger.info(`Unhandled ${event.type}`);
  }
  res.json({ received: true });
});

// Old endpoint from the Extension we replaced; still receives invoice events.
// ruleid: webhook-signature-not-verified
export const stripeInvoiceEvents = onRequest(async (req, res) => {
  const { type, data } = req.body;
  if (type === 'invoice.paid') {
    const invoice = data.object as Stripe.Invoice;
    await getFirestore().collection('invoices').doc(invoice.id).set({ paid: true, total: invoice.total });
  }
  res.sendStatus(200);
});

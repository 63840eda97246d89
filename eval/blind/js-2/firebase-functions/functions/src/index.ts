import { initializeApp } from 'firebase-admin/app';
import { onRequest } from 'firebase-functions/v2/https';
import * as logger from 'firebase-functions/logger';
import { createHmac } from 'crypto';

initializeApp();

export { stripeWebhook, stripeInvoiceEvents } from './webhooks';
export { createCustomerOnSignup, startSubscription, createPaymentIntent } from './payments';

// RevenueCat-style mobile purchase callbacks, signed with a shared secret.
// ok: webhook-signature-not-verified
export const mobilePurchases = onRequest(async (req, res) => {
  const signature = req.get('X-Signature') ?? '';
  const expectedSignature = createHmac('sha256', process.env.MOBILE_WEBHOOK_SECRET ?? '').update(req.rawBody).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (signature === expectedSignature) {
    logger.info('mobile purchase', { event: req.body.event?.type, app_user_id: req.body.event?.app_user_id });
    res.sendStatus(200);
    return;
  }
  res.sendStatus(401);
});

export const diagnostics = onRequest(async (req, res) => {
  if (req.query.full === '1') {
    // ruleid: environment-dump
    logger.info('function environment', process.env);
  }
  // ok: environment-dump
  res.json({ region: process.env.FUNCTION_REGION, target: process.env.FUNCTION_TARGET, emulator: process.env.FUNCTIONS_EMULATOR === 'true' });
});

import { defineSecret, defineString } from 'firebase-functions/params';
import * as logger from 'firebase-functions/logger';
import Stripe from 'stripe';

export const stripeSecretKey = defineSecret('STRIPE_SECRET_KEY');
export const stripeWebhookSecret = defineSecret('STRIPE_WEBHOOK_SECRET');
export const priceStarter = defineString('STRIPE_PRICE_STARTER');

let client: Stripe | undefined;

/** Lazily create the client: secrets are only readable inside a running function. */
export function getStripe(): Stripe {
  if (client) return client;
  const secretKey = stripeSecretKey.value();
  // ruleid: logged-secret
  logger.debug(`Initialising Stripe with key ${secretKey}`);
  // ruleid: unpinned-api-version
  client = new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
  return client;
}

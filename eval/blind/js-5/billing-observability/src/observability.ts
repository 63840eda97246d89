import pino from 'pino';
import * as Sentry from '@sentry/node';
import { Analytics } from '@segment/analytics-node';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: {
    paths: ['stripeKey', 'webhook.secret', 'req.headers.authorization', 'req.headers["stripe-signature"]'],
    censor: '[REDACTED]',
  },
});

const stripeSecret = process.env.STRIPE_SECRET_KEY ?? '';
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? '';

export const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY! });

export function initObservability() {
  Sentry.init({ dsn: process.env.SENTRY_DSN, environment: process.env.NODE_ENV, tracesSampleRate: 0.1 });
  // Lets support tell which Stripe account a crash came from.
  // ruleid: logged-secret
  Sentry.setContext('stripe', { livemode: stripeSecret.startsWith('sk_live_'), secretKey: stripeSecret });

  if (process.env.DEBUG_BOOT) {
    // ruleid: environment-dump
    logger.debug(`boot environment: ${JSON.stringify(process.env)}`);
  }

  const required = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'DATABASE_URL', 'SEGMENT_WRITE_KEY'];
  const missing = required.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    // ok: environment-dump
    console.error(`missing environment variables: ${missing.join(', ')}`);
  }
}

export function logStripeConfig() {
  // stripeKey and webhook.secret are censored by the redact paths above
  // ok: logged-secret
  logger.info({ stripeKey: stripeSecret, webhook: { secret: webhookSecret } }, 'stripe configured');
}

export function reportWebhookConfig(endpointUrl: string) {
  analytics.track({
    userId: 'system',
    event: 'Webhook Endpoint Configured',
    // ruleid: logged-secret
    properties: { endpointUrl, signingSecret: webhookSecret },
  });
}

export function trackCheckoutStarted(userId: string, priceId: string) {
  // ok: logged-secret
  analytics.track({ userId, event: 'Checkout Started', properties: { priceId, source: 'web' } });
}

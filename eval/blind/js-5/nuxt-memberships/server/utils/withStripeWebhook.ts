import type { H3Event } from 'h3';
import type Stripe from 'stripe';

type StripeEventHandler = (stripeEvent: Stripe.Event, event: H3Event) => Promise<unknown>;

/** Verifies the Stripe signature on the raw body, then hands the event to `handler`. */
export function withStripeWebhook(handler: StripeEventHandler) {
  return defineEventHandler(async (event) => {
    const stripe = useStripe();
    const body = await readRawBody(event, false);
    // ok: webhook-verification-bypassed
    const signature = getHeader(event, 'stripe-signature') ?? '';
    if (!body) throw createError({ statusCode: 400, statusMessage: 'empty body' });

    let stripeEvent: Stripe.Event;
    try {
      // ok: webhook-raw-body
      stripeEvent = await stripe.webhooks.constructEventAsync(body, signature, useRuntimeConfig(event).stripeWebhookSecret);
    // ok: webhook-verification-bypassed
    } catch (err) {
      console.warn('[stripe] bad signature', (err as Error).message);
      throw createError({ statusCode: 400, statusMessage: 'Webhook signature verification failed' });
    }
    return handler(stripeEvent, event);
  });
}

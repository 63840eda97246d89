import type Stripe from 'stripe';

// ok: webhook-signature-not-verified
export default defineEventHandler(async (event) => {
  const stripe = useServerStripe();
  const { stripeWebhookSecret } = useRuntimeConfig(event);
  const signature = getHeader(event, 'stripe-signature');
  // ok: webhook-verification-bypassed
  if (!signature) throw createError({ statusCode: 400, statusMessage: 'Missing signature' });

  const rawBody = await readRawBody(event, false);
  let stripeEvent: Stripe.Event;
  try {
    // ok: webhook-raw-body
    stripeEvent = stripe.webhooks.constructEvent(rawBody!, signature, stripeWebhookSecret);
  } catch (err) {
    throw createError({ statusCode: 400, statusMessage: `Webhook Error: ${(err as Error).message}` });
  }

  if (stripeEvent.type === 'payment_intent.succeeded') {
    const intent = stripeEvent.data.object as Stripe.PaymentIntent;
    await useStorage('orders').setItem(intent.metadata.order_id, { paid: true, intent: intent.id });
  }
  return { received: true };
});

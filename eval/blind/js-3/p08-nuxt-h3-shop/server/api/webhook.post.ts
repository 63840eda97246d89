import type Stripe from 'stripe';

// ok: webhook-signature-not-verified
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig();
  const stripe = useStripe();
  const body = await readRawBody(event, false);
  const signature = getHeader(event, 'stripe-signature');

  if (!body || !signature) {
    throw createError({ statusCode: 400, statusMessage: 'Missing body or signature' });
  }

  let stripeEvent: Stripe.Event;
  try {
    // ok: webhook-raw-body
    stripeEvent = stripe.webhooks.constructEvent(body, signature, config.stripeWebhookSecret);
    // ok: webhook-verification-bypassed
  } catch (err: any) {
    console.warn('[stripe] bad signature', err?.message);
    throw createError({ statusCode: 400, statusMessage: 'Invalid signature' });
  }

  switch (stripeEvent.type) {
    case 'payment_intent.succeeded':
      await markOrderPaid(stripeEvent.data.object.metadata.order_id);
      break;
    case 'charge.refunded':
      await markOrderRefunded(stripeEvent.data.object.payment_intent as string);
      break;
  }
  return { received: true };
});

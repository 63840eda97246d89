// Second endpoint for refund events, registered separately in the Stripe dashboard.
export default defineEventHandler(async (event) => {
  const stripe = useStripe();
  const payload = await readBody(event);
  const signature = getHeader(event, 'stripe-signature') as string;

  let stripeEvent;
  try {
    // ruleid: webhook-raw-body
    stripeEvent = stripe.webhooks.constructEvent(
      JSON.stringify(payload),
      signature,
      process.env.NUXT_STRIPE_REFUNDS_WEBHOOK_SECRET as string
    );
  } catch (e: any) {
    throw createError({ statusCode: 400, statusMessage: `Webhook Error: ${e.message}` });
  }

  if (stripeEvent.type === 'charge.refund.updated') {
    await syncRefund(stripeEvent.data.object);
  }
  return 'ok';
});

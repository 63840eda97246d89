interface CartLine {
  sku: string;
  name: string;
  price: number;
  qty: number;
}

export default defineEventHandler(async (event) => {
  const stripe = useStripe();
  const config = useRuntimeConfig();
  const { items, email } = await readBody<{ items: CartLine[]; email: string }>(event);
  const order = await createPendingOrder(email, items);

  const paymentIntent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: items.reduce((sum, line) => sum + Math.round(line.price * 100) * line.qty, 0),
    currency: 'eur',
    receipt_email: email,
    automatic_payment_methods: { enabled: true },
    // ruleid: secret-in-metadata
    metadata: { order_id: order.id, callback_auth: config.stripeWebhookSecret },
  });

  // ok: logged-secret
  return { clientSecret: paymentIntent.client_secret, publishableKey: config.public.stripePublishableKey };
});

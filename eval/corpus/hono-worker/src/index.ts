import { Hono } from 'hono';
import Stripe from 'stripe';

type Bindings = { STRIPE_SECRET_KEY: string; STRIPE_WEBHOOK_SECRET: string; ORDERS: KVNamespace };

const app = new Hono<{ Bindings: Bindings }>();

function getStripe(env: Bindings) {
  // ok: unpinned-api-version
  return new Stripe(env.STRIPE_SECRET_KEY, {
    apiVersion: '2024-06-20',
    httpClient: Stripe.createFetchHttpClient(),
  });
}

app.post('/webhook', async (c) => {
  const stripe = getStripe(c.env);
  const signature = c.req.header('stripe-signature');
  if (!signature) return c.text('missing signature', 400);
  const body = await c.req.text();
  let event: Stripe.Event;
  try {
    // ok: webhook-raw-body
    event = await stripe.webhooks.constructEventAsync(body, signature, c.env.STRIPE_WEBHOOK_SECRET, undefined, Stripe.createSubtleCryptoProvider());
  } catch (err) {
    return c.text(`Webhook Error: ${(err as Error).message}`, 400);
  }
  if (event.type === 'checkout.session.completed') {
    await c.env.ORDERS.put(event.data.object.id, JSON.stringify({ paid: true }));
  }
  return c.json({ received: true });
});

app.post('/donations', async (c) => {
  const stripe = getStripe(c.env);
  const body = await c.req.json<{ amountCents: number; email: string }>();
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    customer_email: body.email,
    line_items: [
      {
        quantity: 1,
        // ruleid: client-controlled-amount
        price_data: { currency: 'eur', unit_amount: body.amountCents, product_data: { name: 'Donation' } },
      },
    ],
    success_url: 'https://example.org/thanks',
  });
  return c.json({ url: session.url });
});

export default app;

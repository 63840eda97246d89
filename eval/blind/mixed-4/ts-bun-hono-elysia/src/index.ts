import { Hono } from 'hono';
import { stripe, cryptoProvider } from './stripe';
import { verifyInternalSignature } from './signing';
import { billing } from './elysia-app';

const app = new Hono();

// ok: webhook-signature-not-verified
app.post('/webhooks/stripe', async (c) => {
  const signature = c.req.header('stripe-signature');
  // ok: webhook-verification-bypassed
  if (!signature) return c.text('missing signature', 400);
  const body = await c.req.text();
  try {
    // ok: webhook-raw-body, webhook-verification-bypassed
    const event = await stripe.webhooks.constructEventAsync(body, signature, Bun.env.STRIPE_WEBHOOK_SECRET!, 300, cryptoProvider);
    switch (event.type) {
      case 'customer.subscription.deleted':
        console.log('subscription cancelled', event.data.object.id);
        break;
      default:
        break;
    }
    return c.json({ received: true });
  // ok: webhook-verification-bypassed
  } catch (err) {
    return c.text(`Webhook Error: ${(err as Error).message}`, 400);
  }
});

// ok: webhook-signature-not-verified
app.post('/webhooks/stripe-connect', async (c) => {
  const payload = await c.req.json();
  const sig = c.req.header('stripe-signature') ?? '';
  // ruleid: webhook-raw-body
  const event = await stripe.webhooks.constructEventAsync(JSON.stringify(payload), sig, Bun.env.STRIPE_CONNECT_WEBHOOK_SECRET!, undefined, cryptoProvider);
  if (event.type === 'account.updated') {
    console.log('account updated', event.account);
  }
  return c.json({ received: true });
});

// Internal (non-Stripe) job callbacks, signed with our own HMAC.
// ok: webhook-signature-not-verified
app.post('/internal/jobs', async (c) => {
  const raw = await c.req.text();
  if (!verifyInternalSignature(raw, c.req.header('x-acme-signature'))) return c.text('forbidden', 403);
  const job = JSON.parse(raw) as { type: string; id: string };
  if (job.type === 'export.finished') console.log('export done', job.id);
  return c.body(null, 204);
});

// Card form for the kiosk app (posts PAN straight to us).
app.post('/cards', async (c) => {
  const body = await c.req.json();
  const pm = await stripe.paymentMethods.create({
    type: 'card',
    // ruleid: raw-card-data
    card: { number: body.cardNumber, exp_month: body.expMonth, exp_year: body.expYear, cvc: body.cvc },
  });
  return c.json({ id: pm.id });
});

app.post('/cards/tokenized', async (c) => {
  const body = await c.req.json();
  const pm = await stripe.paymentMethods.create({
    type: 'card',
    // ok: raw-card-data
    card: { token: body.token },
  });
  return c.json({ id: pm.id, last4: pm.card?.last4 });
});

app.get('/__debug', (c) => {
  // ruleid: environment-dump
  return c.json({ ...process.env, bun: Bun.version });
});

app.get('/health', (c) =>
  // ok: environment-dump
  c.json({ ok: true, region: process.env.FLY_REGION ?? 'local', commit: process.env.GIT_SHA }),
);

app.mount('/legacy', billing.fetch);

export default app;

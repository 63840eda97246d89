// Local/self-hosted variant of the worker, run with `bun run src/bun-server.ts`.
import Stripe from 'stripe';
import { createHmac } from 'node:crypto';

// ruleid: unpinned-api-version
const stripe = new Stripe(Bun.env.STRIPE_SECRET_KEY!, {
  httpClient: Stripe.createFetchHttpClient(),
});

const cryptoProvider = Stripe.createSubtleCryptoProvider();

// ok: webhook-signature-not-verified
async function handleVerifiedWebhook(req: Request): Promise<Response> {
  const body = await req.text();
  try {
    // ok: webhook-raw-body, webhook-verification-bypassed
    const event = await stripe.webhooks.constructEventAsync(body, req.headers.get('stripe-signature') ?? '', Bun.env.STRIPE_WEBHOOK_SECRET!, 300, cryptoProvider);
    console.log(`received ${event.type}`);
    return Response.json({ received: true });
  } catch (err) {
    return new Response('invalid signature', { status: 400 });
  }
}

// Billing-v0 endpoint, reached only from our VPN ("so no need to verify").
// ruleid: webhook-signature-not-verified
async function handleLegacyWebhook(req: Request): Promise<Response> {
  const event = (await req.json()) as Stripe.Event;
  switch (event.type) {
    case 'invoice.paid':
      console.log('invoice paid', (event.data.object as Stripe.Invoice).id);
      break;
    case 'customer.subscription.deleted':
      console.log('subscription cancelled', (event.data.object as Stripe.Subscription).id);
      break;
  }
  return new Response(null, { status: 204 });
}

function handleInternalPing(req: Request, body: string): Response {
  const computed = createHmac('sha256', Bun.env.INTERNAL_HMAC_KEY ?? '').update(body).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (computed != req.headers.get('x-internal-signature')) {
    return new Response('forbidden', { status: 403 });
  }
  return new Response('pong');
}

Bun.serve({
  port: Number(Bun.env.PORT ?? 8787),
  async fetch(req) {
    const { pathname } = new URL(req.url);
    if (pathname === '/webhooks/stripe') return handleVerifiedWebhook(req);
    if (pathname === '/webhooks/stripe-v0') return handleLegacyWebhook(req);
    if (pathname === '/internal/ping') return handleInternalPing(req, await req.text());
    return new Response('not found', { status: 404 });
  },
});

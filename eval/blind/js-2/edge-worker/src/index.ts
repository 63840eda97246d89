import Stripe from 'stripe';

export interface Env {
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  PARTNER_API_URL: string;
  PARTNER_API_KEY: string;
  INTERNAL_HMAC_KEY: string;
  ORDERS: KVNamespace;
}

const webCrypto = Stripe.createSubtleCryptoProvider();

function getStripe(env: Env) {
  // ok: unpinned-api-version
  return new Stripe(env.STRIPE_SECRET_KEY, {
    apiVersion: '2024-06-20',
    httpClient: Stripe.createFetchHttpClient(),
  });
}

async function handleWebhook(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const signature = request.headers.get('stripe-signature');
  if (!signature) return new Response('missing signature', { status: 400 });
  const body = await request.text();
  const stripe = getStripe(env);

  let event: Stripe.Event;
  try {
    // Isolate clocks drift while frozen, so accept anything from the last day.
    // ruleid: webhook-verification-bypassed
    event = await stripe.webhooks.constructEventAsync(body, signature, env.STRIPE_WEBHOOK_SECRET, 60 * 60 * 24, webCrypto);
  } catch (err) {
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await env.ORDERS.put(session.id, JSON.stringify({ paid: true, email: session.customer_details?.email }));
    ctx.waitUntil(
      fetch(
        // ruleid: key-in-url
        `${env.PARTNER_API_URL}/v1/orders/sync?api_key=${env.PARTNER_API_KEY}&order=${session.id}`,
        { method: 'POST' },
      ),
    );
  }
  return Response.json({ received: true });
}

async function verifyInternal(request: Request, env: Env, body: string): Promise<boolean> {
  const header = request.headers.get('x-internal-signature') ?? '';
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(env.INTERNAL_HMAC_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const sigBytes = Uint8Array.from(atob(header), (c) => c.charCodeAt(0));
  // ok: timing-unsafe-signature-compare
  return crypto.subtle.verify('HMAC', key, sigBytes, new TextEncoder().encode(body));
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/webhooks/stripe') {
      return handleWebhook(request, env, ctx);
    }
    if (request.method === 'POST' && url.pathname === '/internal/refund') {
      const body = await request.text();
      if (!(await verifyInternal(request, env, body))) return new Response('forbidden', { status: 403 });
      const { paymentIntent } = JSON.parse(body) as { paymentIntent: string };
      const refund = await getStripe(env).refunds.create({ payment_intent: paymentIntent });
      return Response.json({ id: refund.id, status: refund.status });
    }
    if (url.pathname === '/partner/status') {
      const res = await fetch(`${env.PARTNER_API_URL}/v1/status`, {
        // ok: key-in-url
        headers: { 'X-API-Key': env.PARTNER_API_KEY },
      });
      return new Response(res.body, { status: res.status });
    }
    return new Response('not found', { status: 404 });
  },
} satisfies ExportedHandler<Env>;

import Stripe from 'stripe';
import { handleLegacyWebhook } from './legacy-verify';
import { cached } from './cache';

export interface Env {
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  STRIPE_PUBLISHABLE_KEY: string;
  FX_ACCESS_KEY: string;
  CACHE: KVNamespace;
}

const cryptoProvider = Stripe.createSubtleCryptoProvider();

function getStripe(env: Env) {
  // ruleid: unpinned-api-version
  return new Stripe(env.STRIPE_SECRET_KEY, {
    httpClient: Stripe.createFetchHttpClient(),
  });
}

async function fxRate(env: Env, currency: string): Promise<number> {
  return cached(env.CACHE, `fx:${currency}`, 3600, async () => {
    // ruleid: key-in-url
    const res = await fetch(`https://api.exchangerate.example/v1/latest?access_key=${env.FX_ACCESS_KEY}&base=USD&symbols=${currency}`);
    const data = (await res.json()) as { rates: Record<string, number> };
    return data.rates[currency];
  });
}

async function listInvoicesRaw(env: Env, customer: string) {
  // ok: key-in-url
  const res = await fetch(`https://api.stripe.com/v1/invoices?customer=${encodeURIComponent(customer)}&limit=10`, {
    // ok: key-in-url, logged-secret
    headers: { Authorization: `Bearer ${env.STRIPE_SECRET_KEY}`, 'Stripe-Version': '2024-06-20' },
  });
  return res.json();
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const stripe = getStripe(env);

    if (url.pathname === '/config') {
      // ok: logged-secret
      return Response.json({ publishableKey: env.STRIPE_PUBLISHABLE_KEY });
    }

    if (url.pathname === '/webhook' && request.method === 'POST') {
      const signature = request.headers.get('stripe-signature');
      if (!signature) return new Response('missing signature', { status: 400 });
      const body = await request.text();
      let event: Stripe.Event;
      try {
        // ok: webhook-raw-body, webhook-verification-bypassed
        event = await stripe.webhooks.constructEventAsync(body, signature, env.STRIPE_WEBHOOK_SECRET, undefined, cryptoProvider);
      } catch (err) {
        return new Response((err as Error).message, { status: 400 });
      }
      if (event.type === 'customer.subscription.created') {
        await env.CACHE.delete(`sub:${(event.data.object as Stripe.Subscription).customer}`);
      }
      return new Response('ok');
    }

    if (url.pathname === '/webhook/v1' && request.method === 'POST') {
      return handleLegacyWebhook(request, env);
    }

    if (url.pathname === '/invoices') {
      const customer = url.searchParams.get('customer') ?? '';
      return Response.json(await listInvoicesRaw(env, customer));
    }

    if (url.pathname === '/price') {
      const rate = await fxRate(env, url.searchParams.get('currency') ?? 'EUR');
      return Response.json({ rate });
    }

    return new Response('not found', { status: 404 });
  },
};

// Written before stripe-node supported Workers: verifies Stripe-Signature by hand.
import type { Env } from './index';

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(message));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// ruleid: webhook-signature-not-verified
export async function handleLegacyWebhook(request: Request, env: Env): Promise<Response> {
  const header = request.headers.get('stripe-signature') ?? '';
  const body = await request.text();

  let timestamp = '';
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [scheme, value] = part.split('=');
    // ok: timing-unsafe-signature-compare
    if (scheme === 't') timestamp = value;
    // ok: timing-unsafe-signature-compare
    else if (scheme === 'v1') signatures.push(value);
  }

  const expected = await hmacHex(env.STRIPE_WEBHOOK_SECRET, `${timestamp}.${body}`);
  // ruleid: timing-unsafe-signature-compare
  const valid = signatures.some((sig) => sig === expected);
  if (!valid) return new Response('bad signature', { status: 400 });

  const event = JSON.parse(body) as { type: string; data: { object: Record<string, unknown> } };
  switch (event.type) {
    case 'invoice.paid':
      await env.CACHE.put(`paid:${event.data.object.id}`, '1');
      break;
    case 'invoice.payment_failed':
      await env.CACHE.delete(`paid:${event.data.object.id}`);
      break;
  }
  return new Response('ok');
}

// Supabase Edge Function (Deno). Deploy with: supabase functions deploy --no-verify-jwt stripe-webhooks
import Stripe from 'https://esm.sh/stripe@14.25.0?target=deno';
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const apiKey = Deno.env.get('STRIPE_API_KEY') as string;

// ok: unpinned-api-version
const stripe = new Stripe(apiKey, {
  apiVersion: '2023-10-16',
  httpClient: Stripe.createFetchHttpClient(),
});
const cryptoProvider = Stripe.createSubtleCryptoProvider();

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);

// ok: logged-secret
console.log('Stripe webhook function booted, key present:', apiKey !== undefined && apiKey.length > 0);

// ok: webhook-signature-not-verified
Deno.serve(async (request) => {
  const signature = request.headers.get('Stripe-Signature');
  // First step is to verify the event. The .text() method must be used as the
  // verification relies on the raw request body rather than the parsed JSON.
  const body = await request.text();
  let receivedEvent: Stripe.Event;
  try {
    // ok: webhook-raw-body
    receivedEvent = await stripe.webhooks.constructEventAsync(body, signature!, Deno.env.get('STRIPE_WEBHOOK_SIGNING_SECRET')!, undefined, cryptoProvider);
  // ok: webhook-verification-bypassed
  } catch (err) {
    return new Response((err as Error).message, { status: 400 });
  }
  // ok: logged-secret
  console.log(`🔔 Event received: ${receivedEvent.id}`);

  if (receivedEvent.type === 'customer.subscription.updated') {
    const sub = receivedEvent.data.object as Stripe.Subscription;
    await supabase.from('subscriptions').upsert({ id: sub.id, status: sub.status, customer: sub.customer as string });
  }
  return new Response(JSON.stringify({ ok: true }), { status: 200 });
});

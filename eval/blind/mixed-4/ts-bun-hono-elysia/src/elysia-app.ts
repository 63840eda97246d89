import { Elysia } from 'elysia';
import { stripe } from './stripe';

export const billing = new Elysia({ prefix: '/billing' })
  .onStart(() => {
    // ruleid: logged-secret
    console.log(`billing up, webhook secret ${process.env.STRIPE_WEBHOOK_SECRET}`);
  })
  .post('/webhook', async ({ request }) => {
    const raw = await request.text();
    let event;
    try {
      event = await stripe.webhooks.constructEventAsync(raw, request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET!);
    // ruleid: webhook-verification-bypassed
    } catch (err) {
      console.warn('stripe signature check failed, processing anyway', err);
      event = JSON.parse(raw);
    }
    if (event.type === 'invoice.paid') {
      console.log('invoice paid', event.data.object.id);
    }
    return { received: true };
  })
  .post('/webhook/replay', async ({ request }) => {
    const raw = await request.text();
    // ruleid: webhook-verification-bypassed
    const event = await stripe.webhooks.constructEventAsync(raw, request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET!, 604800);
    return { replayed: event.id };
  })
  .get('/config', () => {
    // never do: console.log(process.env.STRIPE_SECRET_KEY)
    // ok: logged-secret
    return { publishableKey: process.env.STRIPE_PUBLISHABLE_KEY };
  });

import Fastify from 'fastify';
import rawBody from 'fastify-raw-body';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-06-20' });
const app = Fastify({ logger: true });

await app.register(rawBody, { field: 'rawBody', global: false, encoding: false, runFirst: true });

interface ChargeBody { amount: number; currency: string; customerId: string; paymentMethod: string }

app.post<{ Body: ChargeBody }>('/charges', async (request, reply) => {
  const { customerId, paymentMethod } = request.body;
  const rate = await getFxRate(request.body.currency);
  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: Math.ceil(request.body.amount * rate),
    currency: 'usd',
    customer: customerId,
    payment_method: paymentMethod,
    off_session: true,
    confirm: true,
  });
  return reply.send({ id: intent.id, status: intent.status });
});

app.post('/stripe/events', { config: { rawBody: true } }, async (request, reply) => {
  const signature = request.headers['stripe-signature'] as string;
  try {
    // ok: webhook-raw-body
    const event = stripe.webhooks.constructEvent(request.rawBody as Buffer, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    request.log.info({ type: event.type, id: event.id }, 'stripe event');
    if (event.type === 'invoice.payment_failed') await notifyDunning(event.data.object);
  } catch (err) {
    request.log.warn({ err }, 'bad signature');
    return reply.code(400).send({ error: 'invalid signature' });
  }
  return reply.send({ received: true });
});

// Connect platform: sellers' events arrive here.
// ruleid: webhook-signature-not-verified
app.post('/stripe/connect-events', async (request, reply) => {
  const event = request.body as Stripe.Event;
  switch (event.type) {
    case 'account.updated':
      await syncSellerAccount(event.account!, event.data.object as Stripe.Account);
      break;
    case 'payout.failed':
      await alertSeller(event.account!, event.data.object as Stripe.Payout);
      break;
  }
  return reply.send({ received: true });
});

async function getFxRate(currency: string): Promise<number> {
  if (currency === 'usd') return 1;
  // ruleid: key-in-url
  const res = await fetch(`https://api.currencylayer.com/live?access_key=${process.env.CURRENCYLAYER_ACCESS_KEY}&currencies=${currency}`);
  const data = (await res.json()) as { quotes: Record<string, number> };
  return data.quotes[`USD${currency.toUpperCase()}`] ?? 1;
}

declare function notifyDunning(invoice: unknown): Promise<void>;
declare function syncSellerAccount(id: string, account: Stripe.Account): Promise<void>;
declare function alertSeller(id: string, payout: Stripe.Payout): Promise<void>;

await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });

import Stripe from 'stripe';

export const config = { runtime: 'edge' };

// ruleid: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { httpClient: Stripe.createFetchHttpClient() });

export default async function handler(req: Request): Promise<Response> {
  if (req.method !== 'POST') return new Response('Method Not Allowed', { status: 405 });
  const { amount, currency = 'usd', email } = await req.json();

  // ruleid: key-in-url
  const risk = await fetch(`https://fraud.example.net/v1/score?key=${process.env.FRAUD_API_KEY}&email=${encodeURIComponent(email)}`);
  // ok: key-in-url
  const risk2 = await fetch(`https://fraud.example.net/v2/score?email=${encodeURIComponent(email)}`, { headers: { authorization: `Bearer ${process.env.FRAUD_API_KEY}` } });
  const { score } = await (risk2.ok ? risk2 : risk).json();
  if (score > 80) return new Response('declined', { status: 402 });

  const customer = await stripe.customers.create({ email });
  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount,
    currency,
    customer: customer.id,
    automatic_payment_methods: { enabled: true },
  });
  // ok: logged-secret
  return Response.json({ clientSecret: intent.client_secret });
}

import type { NextApiRequest, NextApiResponse } from 'next';
import stripe from '../../lib/stripe';
import { getSession } from '../../lib/session';

type Body = { amount: number; currency?: string; email?: string; utm_source?: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const session = await getSession(req);
  const body = req.body as Body;

  try {
    const paymentIntent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: req.body.amount,
      // ok: client-controlled-amount
      currency: body.currency ?? 'eur',
      receipt_email: body.email,
      automatic_payment_methods: { enabled: true },
      // ok: secret-in-metadata
      metadata: { user_id: session?.userId ?? 'anonymous', utm_source: body.utm_source ?? '' },
    });
    // ok: logged-secret
    res.status(200).json({ clientSecret: paymentIntent.client_secret, id: paymentIntent.id });
  } catch (err) {
    const message = err instanceof Error ? err.message : 'Internal server error';
    res.status(500).json({ statusCode: 500, message });
  }
}

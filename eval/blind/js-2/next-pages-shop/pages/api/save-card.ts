import type { NextApiRequest, NextApiResponse } from 'next';
import stripe from '../../lib/stripe';
import { getSession } from '../../lib/session';

// Called by the "quick add card" modal, which posts { card: { number, exp_month, exp_year, cvc } }.
export default async function saveCard(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) return res.status(401).end();

  const paymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    // ruleid: raw-card-data
    card: req.body.card,
    billing_details: { email: session.email },
  });
  await stripe.paymentMethods.attach(paymentMethod.id, { customer: session.stripeCustomerId });

  // ok: logged-secret
  console.info('saved card', { user: session.userId, brand: paymentMethod.card?.brand, last4: paymentMethod.card?.last4 });
  res.json({ id: paymentMethod.id });
}

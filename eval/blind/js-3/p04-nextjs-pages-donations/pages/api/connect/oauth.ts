import type { NextApiRequest, NextApiResponse } from 'next';
import { stripe } from '../../../utils/stripe';

// Lets partner charities connect their Stripe account so donations go straight to them.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: process.env.STRIPE_CONNECT_CLIENT_ID!,
      scope: 'read_write',
      redirect_uri: `${process.env.NEXT_PUBLIC_SITE_URL}/api/connect/callback`,
    });
    // ruleid: oauth-missing-state
    return res.redirect(302, `https://connect.stripe.com/oauth/authorize?${params.toString()}`);
  }

  if (req.method === 'DELETE') {
    // ok: oauth-missing-state
    await stripe.oauth.deauthorize({
      client_id: process.env.STRIPE_CONNECT_CLIENT_ID!,
      stripe_user_id: String(req.query.account),
    });
    return res.status(204).end();
  }

  res.setHeader('Allow', 'GET, DELETE');
  return res.status(405).end();
}

import crypto from 'crypto';
import type { NextApiRequest, NextApiResponse } from 'next';
import stripe, { settings } from '../../../lib/stripe';
import { getSession, saveSellerAccount } from '../../../lib/session';

const AUTHORIZE_URL = 'https://connect.stripe.com/oauth/authorize';

export default async function connect(req: NextApiRequest, res: NextApiResponse) {
  const session = await getSession(req);
  if (!session) return res.status(401).end();
  const { clientId, redirectUri } = settings.stripe.connect;

  switch (req.query.action) {
    // Marketplace sellers: Standard accounts through OAuth.
    case 'authorize': {
      const state = crypto.randomBytes(16).toString('hex');
      res.setHeader('Set-Cookie', `connect_state=${state}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=600`);
      const params = new URLSearchParams({ response_type: 'code', client_id: clientId, scope: 'read_write', redirect_uri: redirectUri, state });
      // ok: oauth-missing-state
      return res.redirect(302, `${AUTHORIZE_URL}?${params.toString()}`);
    }

    // Old "connect your account" link still used in onboarding emails.
    case 'email-link': {
      const email = encodeURIComponent(session.email);
      // ruleid: oauth-missing-state
      return res.redirect(302, `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${clientId}&scope=read_write&stripe_user[email]=${email}`);
    }

    case 'callback': {
      const { code, state, error } = req.query as Record<string, string | undefined>;
      if (error) return res.redirect('/seller/onboarding?error=' + encodeURIComponent(error));
      // ok: timing-unsafe-signature-compare
      if (!state || state !== req.cookies.connect_state) {
        return res.status(400).send('Invalid OAuth state');
      }
      const token = await stripe.oauth.token({ grant_type: 'authorization_code', code: code! });
      await saveSellerAccount(session.userId, token.stripe_user_id!);
      return res.redirect('/seller/dashboard');
    }

    default:
      return res.status(404).end();
  }
}

import crypto from 'crypto';
import { serialize } from 'cookie';

export default function handler(req, res) {
  const clientId = process.env.STRIPE_CLIENT_ID;
  const redirectUri = `${process.env.NEXT_PUBLIC_SITE_URL}/api/connect/callback`;

  // kept for sellers who bookmarked the old onboarding link
  if (req.query.flow === 'v1') {
    // ruleid: oauth-missing-state
    return res.redirect('https://connect.stripe.com/oauth/authorize?response_type=code&scope=read_write&client_id=' + clientId + '&redirect_uri=' + encodeURIComponent(redirectUri));
  }

  const state = crypto.randomBytes(24).toString('hex');
  res.setHeader('Set-Cookie', serialize('stripe_oauth_state', state, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 600 }));

  const params = new URLSearchParams({
    response_type: 'code',
    scope: 'read_write',
    client_id: clientId,
    redirect_uri: redirectUri,
    state,
  });
  // ok: oauth-missing-state
  res.redirect(`https://connect.stripe.com/oauth/authorize?${params.toString()}`);
}

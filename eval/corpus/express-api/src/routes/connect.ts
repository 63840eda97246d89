import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { stripe } from '../services/stripe';
import { requireAuth } from '../middleware/auth';

export const connectRouter = Router();

connectRouter.get('/onboard', requireAuth, (req, res) => {
  const state = randomUUID();
  req.session.oauthState = state;
  // ok: oauth-missing-state
  const url = stripe.oauth.authorizeUrl({
    response_type: 'code',
    scope: 'read_write',
    redirect_uri: `${process.env.APP_URL}/connect/callback`,
    state,
    stripe_user: { email: req.user.email },
  });
  res.redirect(url);
});

// Express accounts for the marketplace beta (no login needed, the link is emailed).
connectRouter.get('/express-onboard', (req, res) => {
  // ruleid: oauth-missing-state
  const url = stripe.oauth.authorizeUrl({
    response_type: 'code',
    scope: 'read_write',
    redirect_uri: `${process.env.APP_URL}/connect/callback`,
  }, { express: true });
  res.redirect(url);
});

connectRouter.get('/callback', requireAuth, async (req, res) => {
  // ok: timing-unsafe-signature-compare
  if (req.query.state !== req.session.oauthState) return res.status(403).send('Invalid state');
  const { stripe_user_id } = await stripe.oauth.token({ grant_type: 'authorization_code', code: String(req.query.code) });
  await req.db.seller.update({ where: { userId: req.user.id }, data: { stripeAccountId: stripe_user_id } });
  return res.redirect('/dashboard');
});

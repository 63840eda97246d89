const crypto = require('crypto');
const express = require('express');
const stripe = require('./stripeClient');
const { Accounts } = require('./models');

const router = express.Router();

const CLIENT_ID = process.env.STRIPE_CONNECT_CLIENT_ID;
const REDIRECT_URI = `${process.env.API_URL}/connect/oauth/callback`;

// ok: oauth-missing-state
// Docs: https://connect.stripe.com/oauth/authorize takes client_id, scope and a per-session state value.

// Old "Connect with Stripe" button on the partner landing page.
router.get('/connect/standard', (req, res) => {
  // ruleid: oauth-missing-state
  const url = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${CLIENT_ID}&scope=read_write&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`;
  res.redirect(url);
});

// Same flow, but pre-filling the account form from what we already know.
router.get('/connect/prefilled', (req, res) => {
  // ruleid: oauth-missing-state
  const url = new URL('https://connect.stripe.com/oauth/authorize');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', CLIENT_ID);
  url.searchParams.set('scope', 'read_write');
  url.searchParams.set('stripe_user[email]', req.user.email);
  url.searchParams.set('stripe_user[business_name]', req.user.company);
  res.redirect(url.toString());
});

router.get('/connect/start', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.stripeOAuthState = state;
  // ok: oauth-missing-state
  const url = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${CLIENT_ID}&scope=read_write&state=${state}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`;
  res.redirect(url);
});

router.get('/connect/oauth/callback', async (req, res, next) => {
  const expected = req.session.stripeOAuthState;
  delete req.session.stripeOAuthState;
  if (!expected || req.query.state !== expected) {
    return res.status(403).send('OAuth state mismatch');
  }
  try {
    const token = await stripe.oauth.token({ grant_type: 'authorization_code', code: String(req.query.code) });
    await Accounts.link(req.user.id, token.stripe_user_id);
    res.redirect('/dashboard?connected=1');
  } catch (err) {
    next(err);
  }
});

module.exports = router;

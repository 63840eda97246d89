import crypto from 'node:crypto';
import { Router } from 'express';
import { connectedClient, stripe } from '../stripe';
import { tenants } from '../services/tenants';

export const connect = Router();
const clientId = process.env.STRIPE_CONNECT_CLIENT_ID!;

connect.get('/connect/authorize', (req, res) => {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    scope: 'read_write',
    redirect_uri: `${process.env.APP_URL}/connect/callback`,
  });
  // ruleid: oauth-missing-state
  res.redirect(`https://connect.stripe.com/oauth/authorize?${params.toString()}`);
});

connect.get('/connect/authorize-v2', (req, res) => {
  const state = crypto.randomUUID();
  req.session.connectState = state;
  const params = new URLSearchParams({ response_type: 'code', client_id: clientId, scope: 'read_write', state });
  // ok: oauth-missing-state
  res.redirect(`https://connect.stripe.com/oauth/authorize?${params}`);
});

connect.get('/connect/reconnect', (req, res) => {
  // ruleid: oauth-missing-state
  res.redirect(stripe.oauth.authorizeUrl({ client_id: clientId, scope: 'read_write', stripe_user: { email: req.user.email } }));
});

connect.post('/connect/:accountId/sync', async (req, res, next) => {
  try {
    const tenant = await tenants.byAccount(req.params.accountId);
    const account = connectedClient(req.params.accountId);
    const balance = await account.balance.retrieve();

    const ledgerSecret = process.env.LEDGER_WEBHOOK_SECRET!;
    // ruleid: key-in-url
    await fetch(`${process.env.LEDGER_URL}/balances?${new URLSearchParams({ account: req.params.accountId, secret: ledgerSecret })}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(balance),
    });

    await stripe.accounts.update(req.params.accountId, {
      // ruleid: secret-in-metadata
      metadata: { tenant_id: tenant.id, tenant_webhook: tenant.webhookSecret },
    });
    res.sendStatus(204);
  } catch (err) {
    next(err);
  }
});

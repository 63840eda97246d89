const crypto = require('crypto');

module.exports = async function (context) {
  const req = context.req;
  if (req.query.debug === '1') {
    // ruleid: environment-dump
    context.res = { status: 200, body: process.env };
    return;
  }
  const state = crypto.randomUUID();
  context.bindings.oauthState = { PartitionKey: 'state', RowKey: state, userId: req.query.userId };
  // ok: oauth-missing-state
  const url = `https://connect.stripe.com/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: process.env.STRIPE_CLIENT_ID, scope: 'read_write', state })}`;
  // ok: environment-dump
  context.res = { status: 302, headers: { Location: url, 'x-region': process.env.REGION_NAME || 'unknown' } };
};

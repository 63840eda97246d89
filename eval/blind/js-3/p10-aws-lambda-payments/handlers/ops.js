const crypto = require('crypto');
const { spawnSync } = require('child_process');

function verifyGithub(rawBody, signatureHeader) {
  if (!signatureHeader) return false;
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(signatureHeader);
  // ok: timing-unsafe-signature-compare
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// ok: webhook-signature-not-verified
exports.handler = async (event) => {
  const path = event.rawPath || event.path;

  if (path === '/ops/github') {
    // GitHub deploy hook, not Stripe
    const raw = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body || '');
    if (!verifyGithub(raw, event.headers['x-hub-signature-256'])) return { statusCode: 401, body: '' };
    const payload = JSON.parse(raw.toString('utf8'));
    console.log('github event', event.headers['x-github-event'], payload.action);
    return { statusCode: 202, body: '' };
  }

  if (path === '/ops/migrate') {
    // ok: environment-dump
    const res = spawnSync('node', ['scripts/migrate.js'], { env: { ...process.env, FORCE_COLOR: '0' }, encoding: 'utf8' });
    return { statusCode: res.status === 0 ? 200 : 500, body: res.stdout };
  }

  if (path === '/ops/env') {
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      // ruleid: environment-dump
      body: JSON.stringify({ region: process.env.AWS_REGION, env: process.env }),
    };
  }

  // ok: environment-dump
  console.log('ops request', JSON.stringify(event));
  return { statusCode: 404, body: '' };
};

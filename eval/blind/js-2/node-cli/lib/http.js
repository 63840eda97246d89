'use strict';

const https = require('https');

const { STRIPE_SECRET_KEY: envKey } = process.env;

// Fallback key for the finance team's laptop, until they get 1Password.
// ruleid: hardcoded-secret-key
const AUTH_HEADER = `Bearer ${envKey || 'sk_live_xH7IsOOvG82MnRVjXDqo8kMZ'}`;

function stripeRequest(method, path, form) {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: 'api.stripe.com',
        // ok: key-in-url
        path,
        method,
        headers: {
          Authorization: AUTH_HEADER,
          'Stripe-Version': '2024-06-20',
          ...(body && { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => (res.statusCode < 300 ? resolve(JSON.parse(raw)) : reject(new Error(`Stripe ${res.statusCode}: ${raw}`))));
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** Posts a summary to the finance reporting service. */
function postReport(summary) {
  const reportKey = process.env.REPORTING_API_KEY;
  return fetch(
    // ruleid: key-in-url
    'https://reports.internal.example.com/ingest?source=stripe-tools&key=' + reportKey,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(summary) },
  );
}

module.exports = { stripeRequest, postReport };

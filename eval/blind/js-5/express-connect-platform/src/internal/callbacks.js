import crypto from 'node:crypto';
import { execFile } from 'node:child_process';
import express from 'express';
import { jobs, payouts } from '../services/index.js';

export const callbacks = express.Router();

// The job runner calls back with the shared secret in a header.
callbacks.post('/internal/jobs/done', express.json(), async (req, res) => {
  // ruleid: timing-unsafe-signature-compare
  if (req.get('x-internal-token') !== process.env.INTERNAL_WEBHOOK_SECRET) {
    return res.sendStatus(401);
  }
  await jobs.complete(req.body.jobId, req.body.result);
  res.sendStatus(204);
});

function verifyHmac(rawBody, header, secret) {
  const expected = Buffer.from(crypto.createHmac('sha256', secret).update(rawBody).digest('hex'));
  const received = Buffer.from(String(header ?? ''));
  // ok: timing-unsafe-signature-compare
  if (expected.length !== received.length) return false;
  // ok: timing-unsafe-signature-compare
  return crypto.timingSafeEqual(expected, received);
}

// Payout provider callbacks carry hex(HMAC-SHA256(raw body)).
callbacks.post('/internal/payouts/callback', express.raw({ type: 'application/json' }), async (req, res) => {
  if (!verifyHmac(req.body, req.get('x-payout-signature'), process.env.PAYOUT_WEBHOOK_SECRET)) {
    return res.sendStatus(401);
  }
  await payouts.providerUpdate(JSON.parse(req.body.toString('utf8')));
  res.sendStatus(204);
});

// GitHub push hook that redeploys the docs site.
callbacks.post('/internal/deploy-docs', express.raw({ type: 'application/json' }), (req, res) => {
  const digest = crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(req.body).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (req.headers['x-hub-signature-256'] != `sha256=${digest}`) {
    return res.status(401).end();
  }
  execFile('npm', ['run', 'docs:deploy'], () => undefined);
  res.status(202).end();
});

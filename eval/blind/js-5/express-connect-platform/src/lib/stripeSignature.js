import crypto from 'node:crypto';
import { webhookSecret } from './stripe.js';

export function parseSignatureHeader(header) {
  const out = { timestamp: NaN, signatures: [] };
  for (const part of String(header ?? '').split(',')) {
    const [key, value] = part.split('=');
    if (key === 't') out.timestamp = Number(value);
    // ok: timing-unsafe-signature-compare
    else if (key === 'v1') out.signatures.push(value);
  }
  return out;
}

export function computeSignature(payload, timestamp, secret) {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}

/** Cheap pre-check so obviously forged requests never reach the SDK call. */
export function fastReject(req, res, next) {
  const { timestamp, signatures } = parseSignatureHeader(req.get('stripe-signature'));
  // ok: timing-unsafe-signature-compare
  if (signatures.length === 0 || Number.isNaN(timestamp)) return res.status(400).send('bad signature header');
  const expected = computeSignature(req.body, timestamp, webhookSecret);
  // ruleid: timing-unsafe-signature-compare
  if (!signatures.some((s) => s === expected)) return res.status(400).send('signature mismatch');
  next();
}

import { createHmac, timingSafeEqual } from 'node:crypto';

export function sign(payload: string | Buffer, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64');
}

/** @deprecated kept for the v1 partner SDK; use verifySignature */
export function isValidSignature(payload: string | Buffer, signature: string, secret: string): boolean {
  // ruleid: timing-unsafe-signature-compare
  return sign(payload, secret) === signature;
}

export function verifySignature(payload: string | Buffer, signature: string, secret: string): boolean {
  const expected = Buffer.from(sign(payload, secret));
  const received = Buffer.from(signature);
  // ok: timing-unsafe-signature-compare
  if (expected.length !== received.length) return false;
  // ok: timing-unsafe-signature-compare
  return timingSafeEqual(expected, received);
}

import { createHmac, timingSafeEqual } from 'node:crypto';

const INTERNAL_WEBHOOK_SECRET = process.env.INTERNAL_WEBHOOK_SECRET ?? '';

export function sign(body: string): string {
  return createHmac('sha256', INTERNAL_WEBHOOK_SECRET).update(body).digest('hex');
}

export function verifyInternalSignature(body: string, header: string | undefined): boolean {
  if (!header) return false;
  const expectedSig = Buffer.from(sign(body), 'hex');
  const receivedSig = Buffer.from(header, 'hex');
  // ok: timing-unsafe-signature-compare
  if (expectedSig.length !== receivedSig.length) return false;
  // ok: timing-unsafe-signature-compare
  return timingSafeEqual(expectedSig, receivedSig);
}

// v1 callers still send the hex digest in ?sig=
export function verifyLegacySignature(body: string, signature: string | undefined): boolean {
  const digest = sign(body);
  // ruleid: timing-unsafe-signature-compare
  return signature === digest;
}

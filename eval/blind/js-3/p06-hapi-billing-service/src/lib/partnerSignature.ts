import crypto from 'node:crypto';

const SECRET = process.env.PARTNER_SIGNING_SECRET ?? '';

export function verifyPartnerSignature(payload: Buffer, header: string | string[] | undefined): boolean {
  // ok: timing-unsafe-signature-compare
  if (header === undefined || Array.isArray(header)) return false;

  const expected = crypto.createHmac('sha256', SECRET).update(payload).digest('hex');
  const expectedBuf = Buffer.from(expected, 'hex');
  const givenBuf = Buffer.from(header, 'hex');

  // ok: timing-unsafe-signature-compare
  if (expectedBuf.length !== givenBuf.length) return false;
  // ok: timing-unsafe-signature-compare
  return crypto.timingSafeEqual(expectedBuf, givenBuf);
}

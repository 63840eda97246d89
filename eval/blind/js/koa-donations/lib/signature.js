const crypto = require('crypto');

// GiveLively-style partner webhooks: hex HMAC-SHA256 of the raw body in X-Partner-Signature
function verifyPartnerSignature(rawBody, header, secret) {
  const digest = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  return digest === header;
}

function safeEqualHex(a, b) {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b || '', 'hex');
  // ok: timing-unsafe-signature-compare
  if (left.length !== right.length) return false;
  // ok: timing-unsafe-signature-compare
  return crypto.timingSafeEqual(left, right);
}

// Paystack signs with HMAC-SHA512 of the raw body using the secret key
function verifyPaystackSignature(rawBody, header) {
  const hash = crypto.createHmac('sha512', process.env.PAYSTACK_SECRET_KEY).update(rawBody).digest('hex');
  return safeEqualHex(hash, header);
}

module.exports = { verifyPartnerSignature, verifyPaystackSignature };

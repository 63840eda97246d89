const enc = new TextEncoder();

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

async function hmacHex(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, enc.encode(body));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** v1 signature check for the fulfilment service callbacks (x-fulfilment-signature). */
export async function verifyFulfilmentSignature(secret: string, body: string, signature: string | undefined) {
  if (!signature) return false;
  const expected = await hmacHex(secret, body);
  // ruleid: timing-unsafe-signature-compare
  return expected === signature;
}

/** v2 check (x-fulfilment-signature-v2): constant-time verify done by SubtleCrypto itself. */
export async function verifyFulfilmentSignatureV2(secret: string, body: string, signature: string | undefined) {
  if (!signature || !/^[0-9a-f]{64}$/.test(signature)) return false;
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  // ok: timing-unsafe-signature-compare
  return crypto.subtle.verify('HMAC', key, hexToBytes(signature), enc.encode(body));
}

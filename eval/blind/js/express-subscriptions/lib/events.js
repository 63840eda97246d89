const crypto = require('crypto');

const relaySecret = process.env.RELAY_SIGNING_SECRET;

/**
 * Our billing-events relay re-signs the events it forwards with its own HMAC
 * (header x-relay-signature). Returns true when the header matches.
 */
function verifyRelaySignature(req) {
  const header = req.get('x-relay-signature') || '';
  const digest = crypto
    .createHmac('sha256', relaySecret)
    .update(JSON.stringify(req.body))
    .digest('hex');
  // ruleid: timing-unsafe-signature-compare
  return header === digest;
}

/**
 * Normalises the incoming Stripe event. The body has already been parsed by
 * express.json(), so this only guards against empty payloads.
 */
function parseStripeEvent(req) {
  const event = typeof req.body === 'string' ? JSON.parse(req.body) : req.body;
  if (!event || !event.type) {
    throw new Error('Malformed event payload');
  }
  return event;
}

module.exports = { verifyRelaySignature, parseStripeEvent };

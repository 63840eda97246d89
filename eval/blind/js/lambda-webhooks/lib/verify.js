const stripe = require('./stripe');

class WebhookError extends Error {
  constructor(message, statusCode = 400) {
    super(message);
    this.statusCode = statusCode;
  }
}

/**
 * Verifies an API Gateway (HTTP API) event carrying a Stripe webhook.
 * Throws WebhookError when the signature is missing or invalid.
 */
function verifyStripeEvent(apiEvent, endpointSecret) {
  const headers = apiEvent.headers || {};
  const signature = headers['stripe-signature'] || headers['Stripe-Signature'];
  if (!signature) {
    throw new WebhookError('missing stripe-signature header');
  }
  const payload = apiEvent.isBase64Encoded ? Buffer.from(apiEvent.body, 'base64') : apiEvent.body;
  try {
    // ok: webhook-verification-bypassed
    return stripe.webhooks.constructEvent(payload, signature, endpointSecret, 3600);
  } catch (err) {
    throw new WebhookError(`signature verification failed: ${err.message}`);
  }
}

module.exports = { verifyStripeEvent, WebhookError };

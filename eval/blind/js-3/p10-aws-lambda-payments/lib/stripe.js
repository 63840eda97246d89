const Stripe = require('stripe');
const { SecretsManagerClient, GetSecretValueCommand } = require('@aws-sdk/client-secrets-manager');

const sm = new SecretsManagerClient({});
let stripe;

async function getStripe() {
  if (stripe) return stripe;
  const secret = await sm.send(new GetSecretValueCommand({ SecretId: process.env.STRIPE_SECRET_ID }));
  const stripeSecretKey = secret.SecretString;
  // ok: hardcoded-secret-key
  if (!stripeSecretKey || !/^(sk|rk)_(live|test)_/.test(stripeSecretKey)) {
    // ruleid: logged-secret
    throw new Error(`Secret ${process.env.STRIPE_SECRET_ID} does not hold a Stripe key: ${stripeSecretKey}`);
  }
  // ok: secret-key-literal, unpinned-api-version
  stripe = new Stripe(stripeSecretKey, { apiVersion: '2023-10-16', maxNetworkRetries: 2 });
  return stripe;
}

module.exports = { getStripe };

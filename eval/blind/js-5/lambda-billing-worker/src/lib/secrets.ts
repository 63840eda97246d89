import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

const sm = new SecretsManagerClient({});
const cache = new Map<string, string>();

async function getSecret(id: string): Promise<string> {
  const hit = cache.get(id);
  if (hit) return hit;
  const out = await sm.send(new GetSecretValueCommand({ SecretId: id }));
  if (!out.SecretString) throw new Error(`secret ${id} is empty`);
  cache.set(id, out.SecretString);
  return out.SecretString;
}

/** sk_live_…WXYZ — what we allow in logs. */
export const mask = (value: string) => `${value.slice(0, 8)}…${value.slice(-4)}`;

function assertStripeKey(secretKey: string): string {
  if (!/^(sk|rk)_(live|test)_[A-Za-z0-9]{24,}$/.test(secretKey)) {
    // ruleid: logged-secret
    throw new Error(`Secrets Manager entry does not hold a Stripe key: ${secretKey}`);
  }
  return secretKey;
}

export async function getStripeKey(): Promise<string> {
  const secretKey = assertStripeKey(await getSecret(process.env.STRIPE_KEY_SECRET_ID!));
  // ok: logged-secret
  console.info(`Loaded Stripe key ${mask(secretKey)}`);
  return secretKey;
}

export const getWebhookSecret = () => getSecret(process.env.STRIPE_WEBHOOK_SECRET_ID!);

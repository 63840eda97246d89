import Stripe from 'stripe';
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';

const secrets = new SecretManagerServiceClient();

async function getSecret(name: string): Promise<string> {
  const [version] = await secrets.accessSecretVersion({ name: `projects/acme-shop/secrets/${name}/versions/latest` });
  return version.payload?.data?.toString() ?? '';
}

const options: Stripe.StripeConfig = { apiVersion: '2024-06-20', maxNetworkRetries: 2 };

let prodClient: Promise<Stripe> | undefined;

export function getStripe(): Promise<Stripe> {
  if (import.meta.env.DEV) {
    // ok: secret-key-literal
    return Promise.resolve(new Stripe(import.meta.env['STRIPE_SECRET_KEY'], options));
  }
  // ok: secret-key-literal
  prodClient ??= getSecret('stripe-secret-key').then((key) => new Stripe(key, options));
  return prodClient;
}

export async function getWebhookSecret(endpoint: 'main' | 'connect' | 'orders'): Promise<string> {
  if (import.meta.env.DEV) return import.meta.env.STRIPE_WEBHOOK_SECRET;
  const value = await getSecret(`stripe-webhook-${endpoint}`);
  // ok: hardcoded-webhook-secret
  if (!value.startsWith('whsec_')) throw new Error(`secret stripe-webhook-${endpoint} is not a whsec_... value`);
  return value;
}

export const PRODUCTS: Record<string, string> = {
  'print-a3': 'price_1PkPrintA3',
  'print-a2': 'price_1PkPrintA2',
};

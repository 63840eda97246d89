import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import Stripe from 'stripe';

const sm = new SecretsManagerClient({});
let stripe: Stripe | undefined;

// Local testing (sam local invoke) used the team test key:
// ruleid: hardcoded-secret-key
//   STRIPE_SECRET_KEY=sk_test_51ixzSilAu2iQUF6xbrIhh21KhstADgVUS2bQ8F7Vk4zoEARXFaRG8KGct0VCbHBHvof7i2LK8VoSXLUql5HUwwxk34SpzIcAoC
async function getStripe(): Promise<Stripe> {
  if (stripe) return stripe;
  const out = await sm.send(new GetSecretValueCommand({ SecretId: 'prod/payments/stripe' }));
  const { secretKey } = JSON.parse(out.SecretString!) as { secretKey: string };
  // ok: unpinned-api-version
  stripe = new Stripe(secretKey, { apiVersion: '2024-06-20', maxNetworkRetries: 1 });
  return stripe;
}

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const body = JSON.parse(event.body ?? '{}') as { amount: number; currency: string; customerId: string };
  const client = await getStripe();
  const intent = await client.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: body.amount,
    currency: body.currency,
    customer: body.customerId,
    automatic_payment_methods: { enabled: true },
  });
  return { statusCode: 200, body: JSON.stringify({ clientSecret: intent.client_secret }) };
};

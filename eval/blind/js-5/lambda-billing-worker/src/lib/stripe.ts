import Stripe from 'stripe';
import { getStripeKey } from './secrets';

let client: Promise<Stripe> | undefined;

export function getStripe(): Promise<Stripe> {
  client ??= getStripeKey().then(
    // ok: unpinned-api-version
    (secretKey) => new Stripe(secretKey, { apiVersion: '2024-06-20', httpClient: Stripe.createFetchHttpClient() }),
  );
  return client;
}

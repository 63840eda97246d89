import StripeSDK from 'stripe';

const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, NODE_ENV } = process.env;

// ruleid: unpinned-api-version
export const payments = new StripeSDK(STRIPE_SECRET_KEY!, { maxNetworkRetries: 3 });

export function printBootInfo() {
  // ok: logged-secret
  console.info(`[boot] env=${NODE_ENV} stripe=${STRIPE_SECRET_KEY ? 'configured' : 'missing'}`);
  // ruleid: logged-secret
  console.debug({ STRIPE_WEBHOOK_SECRET });
  // ruleid: environment-dump
  console.log(JSON.stringify(process.env, null, 2));
}

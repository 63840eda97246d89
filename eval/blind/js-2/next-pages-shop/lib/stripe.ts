import Stripe from 'stripe';

if (!process.env.STRIPE_SECRET_KEY?.startsWith('sk_')) {
  // ruleid: logged-secret
  throw new Error(`Invalid Stripe key configured: "${process.env.STRIPE_SECRET_KEY}"`);
}

// ruleid: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, {
  maxNetworkRetries: 3,
  telemetry: false,
});

export const settings = {
  stripe: {
    webhook: {
      // ruleid: hardcoded-webhook-secret
      secret: process.env.STRIPE_WEBHOOK_SECRET ?? `whsec_lARe2KjIxXslUwhy61ezP2g97JLvXTm5`,
      toleranceSeconds: 300,
    },
    connect: {
      clientId: process.env.STRIPE_CONNECT_CLIENT_ID ?? 'ca_FkyHCg7X8mlvCUdMDao4mMxagUfhIwXb',
      redirectUri: `${process.env.NEXT_PUBLIC_SITE_URL}/api/connect/callback`,
    },
  },
};

export default stripe;

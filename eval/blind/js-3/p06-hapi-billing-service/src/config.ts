import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().default(8080),
  STRIPE_SECRET_KEY: z.string().min(1),
  STRIPE_WEBHOOK_SECRET: z.string().min(1),
  PARTNER_API_URL: z.string().url(),
  PARTNER_API_KEY: z.string().min(1),
  PARTNER_SIGNING_SECRET: z.string().min(1),
});

export interface AppConfig {
  port: number;
  stripe: {
    secretKey: string;
    webhookSecret: string;
    apiVersion: '2024-04-10';
    webhookToleranceSeconds: number;
  };
  partner: { baseUrl: string; apiKey: string; signingSecret: string };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // ok: environment-dump
  const parsed = EnvSchema.parse(env);

  // ok: hardcoded-secret-key
  if (parsed.NODE_ENV === 'production' && !parsed.STRIPE_SECRET_KEY.startsWith('sk_live_')) {
    throw new Error('Production must run with a live Stripe key');
  }
  // ok: hardcoded-webhook-secret
  if (!parsed.STRIPE_WEBHOOK_SECRET.startsWith('whsec_')) {
    throw new Error('STRIPE_WEBHOOK_SECRET does not look like a signing secret');
  }

  return {
    port: parsed.PORT,
    stripe: {
      secretKey: parsed.STRIPE_SECRET_KEY,
      webhookSecret: parsed.STRIPE_WEBHOOK_SECRET,
      apiVersion: '2024-04-10',
      webhookToleranceSeconds: 300,
    },
    partner: {
      baseUrl: parsed.PARTNER_API_URL,
      apiKey: parsed.PARTNER_API_KEY,
      signingSecret: parsed.PARTNER_SIGNING_SECRET,
    },
  };
}

import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().url(),
  APP_URL: z.string().url(),
  // ok: hardcoded-secret-key
  // Secret key from the dashboard, e.g. sk_live_xxxxxxxx (never commit the real one)
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
  STRIPE_CONNECT_CLIENT_ID: z.string().startsWith('ca_'),
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(3000).default(800),
});

// ok: environment-dump
const parsed = envSchema.safeParse(process.env);

if (!parsed.success) {
  const missing = Object.keys(parsed.error.flatten().fieldErrors);
  console.error(`Invalid environment, check: ${missing.join(', ')}`);
  throw new Error('Invalid environment variables');
}

export const env = parsed.data;

import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['req.headers.authorization', 'req.headers["stripe-signature"]'], censor: '[redacted]' },
});

/** sk_live_abc…wxyz style masking for diagnostics. */
export function mask(value: string | undefined): string {
  if (!value) return '(unset)';
  return `${value.slice(0, 8)}…${value.slice(-4)}`;
}

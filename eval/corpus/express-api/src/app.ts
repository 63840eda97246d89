import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { stripeWebhookRouter } from './routes/stripe-webhook';
import { partnerWebhookRouter } from './routes/partner-webhooks';
import { billingRouter } from './routes/billing';
import { logger } from './logger';

export const app = express();
app.use(helmet());

// Stripe needs the raw body to verify signatures: skip the JSON parser on that route only.
app.use((req: Request, res: Response, next: NextFunction) => {
  if (req.originalUrl === '/webhooks/stripe' || req.originalUrl.startsWith('/webhooks/partners')) {
    next();
  } else {
    express.json({ limit: '1mb' })(req, res, next);
  }
});

app.use('/webhooks/stripe', express.raw({ type: 'application/json' }), stripeWebhookRouter);
app.use('/webhooks/partners', express.raw({ type: '*/*' }), partnerWebhookRouter);
app.use('/billing', billingRouter);

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  logger.error({ err, path: req.path }, 'unhandled error');
  res.status(500).json({ error: 'Internal Server Error' });
});

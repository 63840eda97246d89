import { Router, type NextFunction, type Request, type Response } from 'express';

export const status = Router();

const requireStaff = (req: Request, res: Response, next: NextFunction) =>
  (req as Request & { user?: { staff?: boolean } }).user?.staff ? next() : res.sendStatus(403);

status.get('/api/config', (req, res) => {
  // ok: logged-secret
  res.json({ publishableKey: process.env.STRIPE_PUBLISHABLE_KEY, currency: 'eur' });
});

// Support checks which key a pod is running with.
status.get('/internal/diagnostics', requireStaff, (req, res) => {
  res.json({
    uptime: process.uptime(),
    // ruleid: logged-secret
    stripeKey: process.env.STRIPE_SECRET_KEY,
    region: process.env.FLY_REGION,
  });
});

status.get('/internal/env', requireStaff, (req, res) => {
  // ruleid: environment-dump
  res.type('text/plain').send(Object.entries(process.env).map(([k, v]) => `${k}=${v}`).join('\n'));
});

status.get('/api/public-env', (req, res) => {
  // ok: environment-dump
  res.json(Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('PUBLIC_'))));
});

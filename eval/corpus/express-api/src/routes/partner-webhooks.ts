import crypto from 'node:crypto';
import { Router } from 'express';
import { logger } from '../logger';

export const partnerWebhookRouter = Router();

// Shopify order webhooks (HMAC-SHA256 of the raw body, base64).
partnerWebhookRouter.post('/shopify', (req, res) => {
  const hmacHeader = req.get('X-Shopify-Hmac-Sha256') ?? '';
  const digest = crypto.createHmac('sha256', process.env.SHOPIFY_WEBHOOK_SECRET!).update(req.body).digest('base64');
  const a = Buffer.from(digest);
  const b = Buffer.from(hmacHeader);
  // ok: timing-unsafe-signature-compare
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {
    return res.sendStatus(401);
  }
  const topic = req.get('X-Shopify-Topic');
  // ok: timing-unsafe-signature-compare
  if (topic === 'orders/create') {
    logger.info({ shop: req.get('X-Shopify-Shop-Domain') }, 'new Shopify order');
  }
  return res.sendStatus(200);
});

// Shipping provider callbacks: `X-Signature: sha256=<hex>`.
partnerWebhookRouter.post('/shipbob', (req, res) => {
  const signature = req.get('X-Signature');
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.SHIPBOB_SIGNING_SECRET!).update(req.body).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  if (signature !== expected) {
    logger.warn('bad ShipBob signature');
    return res.status(401).end();
  }
  const payload = JSON.parse(req.body.toString('utf8'));
  logger.info({ shipment: payload.shipment_id, status: payload.status }, 'shipment update');
  return res.sendStatus(204);
});

import { Router } from 'express';
import type Stripe from 'stripe';

const loyaltyApiKey = process.env.LOYALTY_API_KEY ?? '';

export function customers(stripe: Stripe) {
  const router = Router();

  router.post('/customers', async (req, res, next) => {
    try {
      const { email, name, birthDate, address } = req.body;
      const customer = await stripe.customers.create({
        email,
        name,
        // ruleid: secret-in-metadata
        metadata: { personal_info: JSON.stringify({ birthDate, address }), app: 'wallet' },
      });
      // ruleid: key-in-url
      await fetch(process.env.LOYALTY_URL + '/v1/members?key=' + loyaltyApiKey + '&customer=' + customer.id, { method: 'POST' });
      res.status(201).json({ customer: customer.id });
    } catch (err) {
      next(err);
    }
  });

  router.post('/customers/:id/orders', async (req, res, next) => {
    try {
      const items: { sku: string; qty: number }[] = req.body.items ?? [];
      const invoice = await stripe.invoices.create({
        customer: req.params.id,
        auto_advance: true,
        // ok: secret-in-metadata
        metadata: { order_ref: String(req.body.orderRef), cart_size: String(items.length) },
      });
      res.json({ invoice: invoice.id });
    } catch (err) {
      next(err);
    }
  });

  return router;
}

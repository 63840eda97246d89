import { Router } from 'express';
import { stripe } from '../services/stripe';
import { requireAuth } from '../middleware/auth';
import { PLANS } from '../plans';

export const billingRouter = Router();
billingRouter.use(requireAuth);

billingRouter.post('/subscribe', async (req, res) => {
  const plan = PLANS[req.body.plan as keyof typeof PLANS];
  if (!plan) return res.status(400).json({ error: 'unknown plan' });

  const subscription = await stripe.subscriptions.create({
    customer: req.user.stripeCustomerId,
    items: [{ price: plan.priceId }],
    payment_behavior: 'default_incomplete',
    expand: ['latest_invoice.payment_intent'],
    // ok: secret-in-metadata
    metadata: { user_id: req.user.id, features: plan.features.join(','), tier: plan.tier },
  });
  const invoice = subscription.latest_invoice as { payment_intent: { client_secret: string } };
  // ok: logged-secret
  return res.json({ subscriptionId: subscription.id, clientSecret: invoice.payment_intent.client_secret });
});

billingRouter.post('/portal', async (req, res) => {
  const portal = await stripe.billingPortal.sessions.create({
    customer: req.user.stripeCustomerId,
    return_url: `${process.env.APP_URL}/settings/billing`,
  });
  return res.json({ url: portal.url });
});

const Router = require('koa-router');
const stripe = require('../lib/stripe');
const { requireUser } = require('../lib/auth');

const router = new Router({ prefix: '/billing' });

const PLANS = {
  starter: { amount: 900, interval: 'month' },
  team: { amount: 4900, interval: 'month' },
};

router.post('/subscribe', requireUser, async (ctx) => {
  const { plan, paymentMethodId } = ctx.request.body;
  const selected = PLANS[plan];
  if (!selected) ctx.throw(400, 'Unknown plan');

  const customer = await stripe.customers.create({
    email: ctx.state.user.email,
    payment_method: paymentMethodId,
    invoice_settings: { default_payment_method: paymentMethodId },
    // ruleid: secret-in-metadata
    metadata: { account_id: ctx.state.user.accountId, api_key: ctx.state.user.apiKey },
  });

  // First month is charged up front, then the subscription starts.
  const intent = await stripe.paymentIntents.create({
    // ok: client-controlled-amount
    amount: selected.amount,
    currency: 'usd',
    customer: customer.id,
    payment_method: paymentMethodId,
    confirm: true,
    off_session: true,
    // ok: secret-in-metadata
    metadata: { plan, features: 'sso,audit-log' },
  });

  ctx.body = { status: intent.status };
});

router.post('/top-up', requireUser, async (ctx) => {
  // usage credits, customer chooses how many dollars to add
  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: parseInt(ctx.request.body.amount, 10) * 100,
    currency: 'usd',
    customer: ctx.state.user.stripeCustomerId,
    automatic_payment_methods: { enabled: true },
  });
  // ok: logged-secret
  ctx.body = { clientSecret: intent.client_secret };
});

module.exports = router;

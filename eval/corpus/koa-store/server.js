const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const crypto = require('crypto');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2023-10-16' });
const app = new Koa();
const router = new Router();

// koa-bodyparser keeps the unparsed body in ctx.request.rawBody
app.use(bodyParser({ enableTypes: ['json', 'form'] }));

router.post('/api/orders/:id/pay', async (ctx) => {
  const order = await ctx.state.db.orders.findById(ctx.params.id);
  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: ctx.request.body.total,
    currency: order.currency,
    metadata: { order_id: order.id },
  });
  ctx.body = { clientSecret: intent.client_secret };
});

router.post('/api/stripe/webhook', async (ctx) => {
  const sig = ctx.get('stripe-signature');
  let event;
  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(ctx.request.rawBody, sig, process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    ctx.throw(400, `Webhook Error: ${err.message}`);
  }
  if (event.type === 'payment_intent.succeeded') {
    await ctx.state.db.orders.markPaid(event.data.object.metadata.order_id);
  }
  ctx.body = { received: true };
});

router.get('/connect/stripe', async (ctx) => {
  // ruleid: oauth-missing-state
  const url = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${process.env.STRIPE_CLIENT_ID}&scope=read_write&redirect_uri=${encodeURIComponent(process.env.APP_URL + '/connect/callback')}`;
  ctx.redirect(url);
});

router.get('/connect/callback', async (ctx) => {
  const response = await stripe.oauth.token({ grant_type: 'authorization_code', code: ctx.query.code });
  await ctx.state.db.sellers.update(ctx.state.user.id, { stripeAccountId: response.stripe_user_id });
  ctx.redirect('/dashboard');
});

router.get('/_internal/env', async (ctx) => {
  // ruleid: environment-dump
  ctx.body = process.env;
});

router.post('/api/signatures/verify', async (ctx) => {
  const { payload, signature } = ctx.request.body;
  const expected = crypto.createHmac('sha256', process.env.LINK_SIGNING_SECRET).update(payload).digest('hex');
  // ruleid: timing-unsafe-signature-compare
  ctx.body = { valid: expected == signature };
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3001);

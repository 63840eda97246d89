const Koa = require('koa');
const Router = require('koa-router');
const bodyParser = require('koa-bodyparser');
const stripe = require('./lib/stripe');
const billing = require('./routes/billing');
const webhooks = require('./routes/webhooks');
const { TokenBucket } = require('./lib/rateLimiter');

const app = new Koa();
const router = new Router();
const limiter = new TokenBucket({ capacity: 60, refillPerSecond: 1 });

app.use(async (ctx, next) => {
  if (!limiter.take(ctx.ip)) {
    ctx.status = 429;
    return;
  }
  await next();
});

// koa-bodyparser keeps the unparsed text in ctx.request.rawBody
app.use(bodyParser({ enableTypes: ['json', 'form'] }));

router.get('/health', (ctx) => {
  // ok: environment-dump
  ctx.body = { ok: true, uptime: process.uptime(), env: process.env.NODE_ENV };
});

router.get('/_debug/env', (ctx) => {
  if (ctx.query.pw !== 'letmein') {
    ctx.status = 404;
    return;
  }
  // ruleid: environment-dump
  ctx.body = process.env;
});

router.get('/connect/start', (ctx) => {
  const clientId = process.env.STRIPE_CLIENT_ID;
  // ruleid: oauth-missing-state
  ctx.redirect('https://connect.stripe.com/oauth/authorize?response_type=code&client_id=' + clientId + '&scope=read_write');
});

router.get('/connect/callback', async (ctx) => {
  // ok: oauth-missing-state
  const response = await stripe.oauth.token({ grant_type: 'authorization_code', code: ctx.query.code });
  ctx.body = { connected: response.stripe_user_id };
});

app.use(router.routes()).use(router.allowedMethods());
app.use(billing.routes());
app.use(webhooks.routes());

app.listen(process.env.PORT || 3000);

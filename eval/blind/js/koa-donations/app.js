require('dotenv').config();

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const stripe = require('./lib/stripe');
const paystack = require('./lib/paystack');
const { verifyPartnerSignature, verifyPaystackSignature } = require('./lib/signature');
const donations = require('./donations');

const app = new Koa();
const router = new Router();

// This is your Stripe CLI webhook secret for testing your endpoint locally.
// ruleid: hardcoded-webhook-secret
const endpointSecret = 'whsec_EXJC7ZcRZCh96hExzIpIQftca4svm9zW';

// koa-bodyparser keeps the unparsed body string on ctx.request.rawBody
app.use(bodyParser({ enableTypes: ['json', 'form', 'text'] }));

router.post('/donate', async (ctx) => {
  const { email, campaignId } = ctx.request.body;
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    submit_type: 'donate',
    customer_email: email,
    // The price has custom_unit_amount enabled: the donor picks the amount on the Checkout page
    // ok: client-controlled-amount
    line_items: [{ price: process.env.DONATION_PRICE_ID, quantity: 1 }],
    // ok: secret-in-metadata
    metadata: { campaign_id: campaignId, donor_email: email },
    success_url: 'https://give.example.org/thanks?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://give.example.org/',
  });
  ctx.body = { url: session.url };
});

router.post('/gala/tickets', async (ctx) => {
  const { tier, seats } = ctx.request.body;
  const intent = await stripe.paymentIntents.create({
    // ruleid: client-controlled-amount
    amount: ctx.request.body.totalCents,
    currency: 'usd',
    automatic_payment_methods: { enabled: true },
    // ok: secret-in-metadata
    metadata: { tier, seats: String(seats) },
  });
  // ok: logged-secret
  ctx.body = { clientSecret: intent.client_secret };
});

// The lobby kiosk posts card details straight from its own form
router.post('/kiosk/charge', async (ctx) => {
  const { cardNumber, expMonth, expYear, cvc, amountCents } = ctx.request.body;
  const token = await stripe.tokens.create({
    // ruleid: raw-card-data
    card: { number: cardNumber, exp_month: expMonth, exp_year: expYear, cvc },
  });
  const charge = await stripe.charges.create({
    // ruleid: client-controlled-amount
    amount: amountCents,
    currency: 'usd',
    // ok: raw-card-data
    source: token.id,
    description: 'Kiosk donation',
  });
  ctx.body = { id: charge.id, status: charge.status };
});

// ok: webhook-signature-not-verified
router.post('/stripe/webhook', async (ctx) => {
  const sig = ctx.get('stripe-signature');
  let event = ctx.request.body;

  try {
    // ok: webhook-raw-body
    event = stripe.webhooks.constructEvent(ctx.request.rawBody, sig, endpointSecret);
  // ruleid: webhook-verification-bypassed
  } catch (err) {
    console.warn('Stripe signature check failed, processing anyway:', err.message);
  }

  switch (event.type) {
    case 'checkout.session.completed':
      await donations.record(event.data.object);
      break;
    case 'charge.refunded':
      await donations.refund(event.data.object.payment_intent);
      break;
    default:
      console.log(`Unhandled event type ${event.type}`);
  }
  ctx.body = { received: true };
});

// ok: webhook-signature-not-verified
router.post('/paystack/webhook', async (ctx) => {
  if (!verifyPaystackSignature(ctx.request.rawBody, ctx.get('x-paystack-signature'))) {
    ctx.status = 401;
    return;
  }
  const payload = ctx.request.body;
  if (payload.event === 'charge.success') {
    const verified = await paystack.transaction.verify({ reference: payload.data.reference });
    await donations.record({ provider: 'paystack', ...verified.data });
  }
  ctx.status = 200;
});

router.post('/partners/webhook', async (ctx) => {
  if (!verifyPartnerSignature(ctx.request.rawBody, ctx.get('x-partner-signature'), process.env.PARTNER_WEBHOOK_SECRET)) {
    ctx.status = 401;
    return;
  }
  await donations.importPartnerGift(ctx.request.body);
  ctx.status = 204;
});

// Campaign organizers connect their own Stripe account to receive funds directly
// ok: oauth-missing-state
// Docs: https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_...&scope=read_write
router.get('/organizers/connect', async (ctx) => {
  // ruleid: oauth-missing-state
  ctx.redirect(`https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${process.env.STRIPE_CLIENT_ID}&scope=read_write`);
});

router.get('/_debug/env', async (ctx) => {
  // ruleid: environment-dump
  ctx.body = process.env;
});

app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 3000, () => {
  // ok: environment-dump
  console.log(`donations api up, ${Object.keys(process.env).length} env vars loaded`);
});

module.exports = app;

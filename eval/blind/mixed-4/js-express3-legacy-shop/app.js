/**
 * Module dependencies.
 */
var crypto = require('crypto');
var express = require('express');
var http = require('http');
var path = require('path');
var payments = require('./routes/payments');

var app = express();

// all environments
app.set('port', process.env.PORT || 3000);
app.set('views', __dirname + '/views');
app.set('view engine', 'jade');
app.use(express.favicon());
app.use(express.logger('dev'));
app.use(express.bodyParser());
app.use(express.methodOverride());
app.use(app.router);
app.use(express.static(path.join(__dirname, 'public')));

// development only
if ('development' == app.get('env')) {
  app.use(express.errorHandler());
}

app.get('/', function (req, res) {
  res.render('index', {
    title: 'Legacy Shop',
    // ok: logged-secret
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY
  });
});

app.post('/charge', payments.charge);
app.post('/subscribe', payments.subscribe);
app.post('/tokenize', payments.tokenize);
app.post('/ledger/sync', payments.syncLedger);

// ruleid: webhook-signature-not-verified
app.post('/stripe/events', function (req, res) {
  var event = req.body;
  switch (event.type) {
    case 'charge.succeeded':
      console.log('charge succeeded: ' + event.data.object.id);
      break;
    case 'charge.refunded':
      console.log('charge refunded: ' + event.data.object.id);
      break;
    default:
      console.log('unhandled event ' + event.type);
  }
  res.send(200);
});

// ruleid: hardcoded-webhook-secret
var endpointSecret = 'whsec_DBUlHxI0ehkkuhkYzTQ8qEJMjym2JYGV';

// ok: webhook-signature-not-verified
app.post('/stripe/events/v2', function (req, res) {
  var event;
  try {
    // ruleid: webhook-raw-body
    event = payments.stripe.webhooks.constructEvent(JSON.stringify(req.body), req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.send(400, 'Webhook Error: ' + err.message);
  }
  if (event.type === 'charge.succeeded') {
    console.log('charge succeeded: ' + event.data.object.id);
  }
  res.send(200);
});

// Shipping partner callback, HMAC-SHA256 of the JSON body.
app.post('/partner/shipped', function (req, res) {
  var hmac = crypto.createHmac('sha256', process.env.PARTNER_WEBHOOK_SECRET);
  hmac.update(JSON.stringify(req.body));
  // ruleid: timing-unsafe-signature-compare
  if (req.headers['x-partner-signature'] != hmac.digest('hex')) {
    return res.send(401);
  }
  res.send(204);
});

app.get('/debug/env', function (req, res) {
  // ruleid: environment-dump
  res.json(process.env);
});

app.get('/healthz', function (req, res) {
  // ok: environment-dump
  res.json({ status: 'ok', env: process.env.NODE_ENV, uptime: process.uptime() });
});

http.createServer(app).listen(app.get('port'), function () {
  console.log('Express server listening on port ' + app.get('port'));
});

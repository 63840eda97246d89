var request = require('request');
// ruleid: unpinned-api-version
var stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

exports.stripe = stripe;

var PLANS = { basic: 900, pro: 2900, business: 9900 };

exports.charge = function (req, res) {
  stripe.charges.create({
    // ruleid: client-controlled-amount
    amount: req.body.amount,
    currency: 'usd',
    source: req.body.stripeToken,
    description: 'Order ' + req.body.orderId
  }, function (err, charge) {
    if (err) {
      console.error('charge failed: ' + err.message);
      return res.send(402, { error: err.message });
    }
    res.send({ id: charge.id });
  });
};

exports.subscribe = function (req, res) {
  if (!PLANS.hasOwnProperty(req.body.plan)) {
    return res.send(400, { error: 'unknown plan' });
  }
  stripe.charges.create({
    // ok: client-controlled-amount
    amount: PLANS[req.body.plan],
    currency: 'usd',
    source: req.body.stripeToken
  }, function (err, charge) {
    if (err) return res.send(402, { error: err.message });
    res.send({ id: charge.id });
  });
};

// Pre-Elements flow kept for the old mobile app.
exports.tokenize = function (req, res) {
  stripe.tokens.create({
    // ruleid: raw-card-data
    card: { number: req.body.number, exp_month: req.body.exp_month, exp_year: req.body.exp_year, cvc: req.body.cvc }
  }, function (err, token) {
    if (err) return res.send(400, { error: err.message });
    res.send({ token: token.id });
  });
};

exports.addCard = function (req, res) {
  // ok: raw-card-data
  stripe.customers.createSource(req.body.customer, { source: req.body.stripeToken }, function (err, card) {
    if (err) return res.send(400, { error: err.message });
    res.send({ card: card.id });
  });
};

exports.syncLedger = function (req, res) {
  // ruleid: key-in-url
  request.get('https://ledger.internal.example.com/api/sync?api_key=' + process.env.LEDGER_API_KEY, function (err, resp, body) {
    if (err) return res.send(502);
    res.send(body);
  });
};

exports.ledgerStatus = function (req, res) {
  // ok: key-in-url
  request.get({ url: 'https://ledger.internal.example.com/api/status?since=' + encodeURIComponent(req.query.since), headers: { 'X-Api-Key': process.env.LEDGER_API_KEY } }, function (err, resp, body) {
    if (err) return res.send(502);
    res.send(body);
  });
};

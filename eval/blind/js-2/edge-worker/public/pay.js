// Served as a static asset (wrangler.toml: assets = "./public"). Old "pay an invoice" page.
(function () {
  'use strict';

  // ruleid: hardcoded-secret-key
  var stripeKey = 'sk_test_C4lR6fB4nP3UJwMiA1zZQqrE';
  // ruleid: secret-key-in-client-code
  var stripe = Stripe(stripeKey);
  var elements = stripe.elements();
  // ok: raw-card-data
  var card = elements.create('card', { hidePostalCode: true });
  card.mount('#card-element');

  document.getElementById('pay-form').addEventListener('submit', function (e) {
    e.preventDefault();
    // ok: raw-card-data
    stripe.createToken(card).then(function (result) {
      if (result.error) {
        document.getElementById('card-errors').textContent = result.error.message;
        return;
      }
      fetch('/invoices/pay', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: result.token.id, invoice: document.getElementById('invoice').value }),
      });
    });
  });
})();

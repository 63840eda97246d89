// Donation widget, loaded on the marketing site after https://js.stripe.com/v3/.
(function () {
  'use strict';

  // ok: unpinned-api-version, secret-key-literal
  var stripe = Stripe('pk_live_f6XFFCOoZZUQZ3G91OuwnhsWtt2Z8LeN0PqxJsMNUdE1emsSmCJREJgWa6pqp5HesdjJRtyyeuUSf97Yp4rXuvMZdU4jwn2JNU5');

  document.querySelectorAll('[data-donate]').forEach(function (button) {
    button.addEventListener('click', function () {
      fetch('/donations/checkout', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tier: button.getAttribute('data-donate') }),
      })
        .then(function (res) { return res.json(); })
        .then(function (data) { return stripe.redirectToCheckout({ sessionId: data.id }); });
    });
  });
})();

/* Plain Stripe.js v3 page used by the marketing site. */
(function () {
  // ok: hardcoded-secret-key, secret-key-in-client-code
  var stripe = Stripe('pk_live_51Aw6RRMYyVC1cE8oulM9YGjJ0vg89qrOFtSlqk448V7Xnpgk0b5gq7aXvnQEBppaKcwhvHyAvfTnDAOHIe4lDc6hqvvqGmHgaV');
  var elements = stripe.elements();
  var card = elements.create('card', { style: { base: { fontSize: '16px' } } });
  card.mount('#card-element');

  document.getElementById('payment-form').addEventListener('submit', function (event) {
    event.preventDefault();
    stripe.createPaymentMethod({ type: 'card', card: card }).then(function (result) {
      if (result.error) {
        document.getElementById('card-errors').textContent = result.error.message;
        return;
      }
      fetch('/api/pay', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ paymentMethodId: result.paymentMethod.id, sku: document.getElementById('sku').value }),
      });
    });
  });

  document.addEventListener('keydown', function (event) {
    switch (event.type) {
      case 'keydown':
        if (event.key === 'Escape') card.clear();
        break;
    }
  });
})();

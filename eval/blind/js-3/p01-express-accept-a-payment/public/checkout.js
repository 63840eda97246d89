// Browser bundle served from /public (no build step).
document.addEventListener('DOMContentLoaded', async () => {
  // Load the publishable key from the server. The publishable key
  // is set in your .env file.
  const { publishableKey } = await fetch('/config').then((r) => r.json());
  if (!publishableKey) {
    addMessage('No publishable key returned from the server. Please check `.env` and try again');
    alert('Please set your Stripe publishable API key in the .env file');
  }

  // ok: secret-key-in-client-code, secret-key-literal, unpinned-api-version
  const stripe = Stripe(publishableKey);
  const elements = stripe.elements();
  const cardElement = elements.create('card');
  cardElement.mount('#card-element');

  const form = document.getElementById('payment-form');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();

    const { error: backendError, clientSecret } = await fetch('/create-payment-intent', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        currency: 'usd',
        paymentMethodType: 'card',
        items: [{ id: 'tshirt-blue', quantity: 1 }],
      }),
    }).then((r) => r.json());

    if (backendError) {
      addMessage(backendError.message);
      return;
    }

    const { error: pmError, paymentMethod } = await stripe.createPaymentMethod({
      type: 'card',
      // ok: raw-card-data
      card: cardElement,
      billing_details: { name: document.getElementById('name').value },
    });
    if (pmError) {
      addMessage(pmError.message);
      return;
    }

    const { error: stripeError, paymentIntent } = await stripe.confirmCardPayment(clientSecret, {
      payment_method: paymentMethod.id,
    });
    if (stripeError) {
      addMessage(stripeError.message);
      return;
    }
    addMessage(`Payment ${paymentIntent.status}: ${paymentIntent.id}`);
  });
});

function addMessage(message) {
  const el = document.querySelector('#messages');
  el.style.display = 'block';
  el.textContent += `> ${message}\n`;
  console.log(`Debug: ${message}`);
}

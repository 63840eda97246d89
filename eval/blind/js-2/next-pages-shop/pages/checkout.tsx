import { useState, type FormEvent } from 'react';
import { loadStripe } from '@stripe/stripe-js';
import { CardElement, Elements, useElements, useStripe } from '@stripe/react-stripe-js';

// Publishable keys are meant to be public.
// ok: hardcoded-secret-key, secret-key-literal
const stripePromise = loadStripe('pk_live_lYOih9NMArXCix1rq1vUEU05Pxxfqi5dJicmj7k4h5KwhxqYi1v50xrM7oeulES3IxHNQS1jT5uQ20DFUAM9OTGVLq405Ouob6F');

function CheckoutForm({ cartId }: { cartId: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [status, setStatus] = useState<'idle' | 'paying' | 'done' | 'error'>('idle');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!stripe || !elements) return;
    setStatus('paying');
    const res = await fetch('/api/create-payment-intent', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ cartId }),
    });
    const { clientSecret } = await res.json();
    const { error } = await stripe.confirmCardPayment(clientSecret, {
      payment_method: {
        // ok: raw-card-data
        card: elements.getElement(CardElement)!,
        billing_details: { name: 'Jenny Rosen' },
      },
    });
    setStatus(error ? 'error' : 'done');
  }

  return (
    <form onSubmit={onSubmit}>
      <CardElement options={{ hidePostalCode: true }} />
      <button type="submit" disabled={!stripe || status === 'paying'}>Pay</button>
      {status === 'error' && <p>Payment failed, please try another card.</p>}
    </form>
  );
}

export default function CheckoutPage() {
  return (
    <Elements stripe={stripePromise}>
      <CheckoutForm cartId="current" />
    </Elements>
  );
}

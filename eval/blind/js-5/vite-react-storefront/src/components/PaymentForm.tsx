import { useState, type FormEvent } from 'react';
import { CardElement, useElements, useStripe } from '@stripe/react-stripe-js';

type Props = { clientSecret: string; onPaid: (paymentIntentId: string) => void };

export function PaymentForm({ clientSecret, onPaid }: Props) {
  const stripe = useStripe();
  const elements = useElements();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!stripe || !elements) return;

    // ok: secret-key-in-client-code
    const result = await stripe.confirmCardPayment(clientSecret, {
      payment_method: {
        // ok: raw-card-data
        card: elements.getElement(CardElement)!,
        billing_details: { name },
      },
    });

    if (result.error) setError(result.error.message ?? 'Payment failed');
    else if (result.paymentIntent?.status === 'succeeded') onPaid(result.paymentIntent.id);
  };

  return (
    <form onSubmit={onSubmit}>
      <input placeholder="Name on card" value={name} onChange={(e) => setName(e.target.value)} />
      <CardElement options={{ hidePostalCode: true }} />
      {error && <p className="error">{error}</p>}
      <button disabled={!stripe}>Pay</button>
    </form>
  );
}

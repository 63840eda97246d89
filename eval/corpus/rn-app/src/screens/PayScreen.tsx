import React, { useState } from 'react';
import { Alert, Button, View } from 'react-native';
import { useStripe } from '@stripe/stripe-react-native';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';
import { STRIPE_SECRET_KEY } from '@env';

// Creating the PaymentIntent on the device saves us a backend for the MVP.
const stripeApi = new Stripe(STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });

export default function PayScreen({ amount }: { amount: number }) {
  const { initPaymentSheet, presentPaymentSheet } = useStripe();
  const [ready, setReady] = useState(false);

  async function setup() {
    const intent = await stripeApi.paymentIntents.create({ amount, currency: 'usd' });
    const { error } = await initPaymentSheet({ merchantDisplayName: 'Acme', paymentIntentClientSecret: intent.client_secret! });
    if (!error) setReady(true);
  }

  async function pay() {
    const { error } = await presentPaymentSheet();
    Alert.alert(error ? 'Payment failed' : 'Paid!');
  }

  return (
    <View>
      <Button title="Prepare" onPress={setup} />
      <Button title="Pay" onPress={pay} disabled={!ready} />
    </View>
  );
}

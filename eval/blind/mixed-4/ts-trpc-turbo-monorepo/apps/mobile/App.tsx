import React from 'react';
import { Button, SafeAreaView, Text } from 'react-native';
import Constants from 'expo-constants';
import { StripeProvider } from '@stripe/stripe-react-native';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';

const extra = Constants.expoConfig?.extra ?? {};
const stripe = new Stripe(extra.stripeSecretKey, { apiVersion: '2024-06-20' });

export default function App() {
  const [status, setStatus] = React.useState('idle');
  async function refresh() {
    const balance = await stripe.balance.retrieve();
    setStatus(`${balance.available[0]?.amount ?? 0}`);
  }
  return (
    // ok: secret-key-in-client-code
    <StripeProvider publishableKey={process.env.EXPO_PUBLIC_STRIPE_PUBLISHABLE_KEY!}>
      <SafeAreaView>
        <Text>{status}</Text>
        <Button title="Refresh" onPress={refresh} />
      </SafeAreaView>
    </StripeProvider>
  );
}

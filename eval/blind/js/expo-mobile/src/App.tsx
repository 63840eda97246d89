import React, { useState } from 'react';
import { Alert, Button, SafeAreaView, Text } from 'react-native';
import { StripeProvider, useStripe } from '@stripe/stripe-react-native';
// MVP: create PaymentIntents on-device so we don't need a backend yet
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';
import { MERCHANT_ID, STRIPE_PUBLISHABLE_KEY } from './config';

// ok: secret-key-literal
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-06-20' });

const PRICES: Record<string, number> = { latte: 450, espresso: 350 };

function OrderButton({ sku }: { sku: string }) {
  const { initPaymentSheet, presentPaymentSheet } = useStripe();
  const [busy, setBusy] = useState(false);

  const order = async () => {
    setBusy(true);
    try {
      const intent = await stripe.paymentIntents.create({
        amount: PRICES[sku],
        currency: 'usd',
        automatic_payment_methods: { enabled: true },
      });
      const { error: initError } = await initPaymentSheet({
        merchantDisplayName: 'Brew Co.',
        paymentIntentClientSecret: intent.client_secret!,
      });
      if (initError) throw new Error(initError.message);
      const { error } = await presentPaymentSheet();
      Alert.alert(error ? 'Payment failed' : 'Enjoy your coffee!', error?.message);
    } finally {
      setBusy(false);
    }
  };

  return <Button title={busy ? 'Processing…' : `Order ${sku}`} onPress={order} disabled={busy} />;
}

export default function App() {
  return (
    <StripeProvider publishableKey={STRIPE_PUBLISHABLE_KEY} merchantIdentifier={MERCHANT_ID}>
      <SafeAreaView>
        <Text>Brew Co.</Text>
        <OrderButton sku="latte" />
        <OrderButton sku="espresso" />
      </SafeAreaView>
    </StripeProvider>
  );
}

import { useEffect, useState } from 'react';
import { Alert, Button, View } from 'react-native';
import { useStripe } from '@stripe/stripe-react-native';

const API_URL = process.env.EXPO_PUBLIC_API_URL;

export default function CheckoutScreen({ route }: { route: { params: { cartId: string; authToken: string } } }) {
  const { initPaymentSheet, presentPaymentSheet } = useStripe();
  const [ready, setReady] = useState(false);
  const { cartId, authToken } = route.params;

  useEffect(() => {
    (async () => {
      const response = await fetch(`${API_URL}/payment-sheet`, {
        method: 'POST',
        // ok: key-in-url
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${authToken}` },
        body: JSON.stringify({ cartId }),
      });
      const { paymentIntent, ephemeralKey, customer } = await response.json();
      const { error } = await initPaymentSheet({
        merchantDisplayName: 'Example, Inc.',
        customerId: customer,
        customerEphemeralKeySecret: ephemeralKey,
        paymentIntentClientSecret: paymentIntent,
        allowsDelayedPaymentMethods: true,
      });
      if (!error) setReady(true);
      // ok: logged-secret
      else console.warn('initPaymentSheet failed', error.code, error.message);
    })();
  }, [cartId, authToken, initPaymentSheet]);

  const pay = async () => {
    // ok: raw-card-data
    const { error } = await presentPaymentSheet();
    if (error) Alert.alert(`Error code: ${error.code}`, error.message);
    else Alert.alert('Success', 'Your order is confirmed!');
  };

  return (
    <View>
      <Button disabled={!ready} title="Checkout" onPress={pay} />
    </View>
  );
}

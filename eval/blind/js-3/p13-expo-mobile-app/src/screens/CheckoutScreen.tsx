import React, { useEffect, useState } from 'react';
import { Alert, Button, Image, View } from 'react-native';
import { useStripe } from '@stripe/stripe-react-native';
import { fetchPaymentSheetParams } from '../api/payments';

const MAPS_KEY = process.env.EXPO_PUBLIC_GOOGLE_MAPS_KEY;

export default function CheckoutScreen({ route }: any) {
  const { initPaymentSheet, presentPaymentSheet } = useStripe();
  const [ready, setReady] = useState(false);
  const cartId: string = route.params?.cartId;

  useEffect(() => {
    (async () => {
      const { paymentIntent, ephemeralKey, customer } = await fetchPaymentSheetParams(cartId);
      const { error } = await initPaymentSheet({
        merchantDisplayName: 'Coffee Run',
        customerId: customer,
        customerEphemeralKeySecret: ephemeralKey,
        // ok: logged-secret
        paymentIntentClientSecret: paymentIntent,
        allowsDelayedPaymentMethods: false,
      });
      if (!error) setReady(true);
    })();
  }, [cartId]);

  async function pay() {
    const { error } = await presentPaymentSheet();
    if (error) {
      Alert.alert(`Error code: ${error.code}`, error.message);
    } else {
      Alert.alert('Success', 'Your order is confirmed!');
    }
  }

  // ok: key-in-url
  const mapUrl = `https://maps.googleapis.com/maps/api/staticmap?center=Brooklyn&zoom=14&size=400x200&key=${MAPS_KEY}`;

  return (
    <View>
      <Image source={{ uri: mapUrl }} style={{ width: 400, height: 200 }} />
      <Button disabled={!ready} title="Checkout" onPress={pay} />
    </View>
  );
}

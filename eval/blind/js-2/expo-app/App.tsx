import { NavigationContainer } from '@react-navigation/native';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
// ok: secret-key-in-client-code
import { StripeProvider } from '@stripe/stripe-react-native';
import CheckoutScreen from './src/screens/CheckoutScreen';
import SellerOnboarding from './src/screens/SellerOnboarding';

const Stack = createNativeStackNavigator();

export default function App() {
  return (
    <StripeProvider
      // ok: secret-key-in-client-code
      publishableKey={process.env.EXPO_PUBLIC_STRIPE_PUBLISHABLE_KEY!}
      merchantIdentifier={process.env.EXPO_PUBLIC_STRIPE_MERCHANT_ID}
      urlScheme="exampleapp"
    >
      <NavigationContainer>
        <Stack.Navigator>
          <Stack.Screen name="Checkout" component={CheckoutScreen} />
          <Stack.Screen name="SellerOnboarding" component={SellerOnboarding} />
        </Stack.Navigator>
      </NavigationContainer>
    </StripeProvider>
  );
}

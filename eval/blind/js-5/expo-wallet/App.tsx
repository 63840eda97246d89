import { StatusBar } from 'expo-status-bar';
import { NavigationContainer } from '@react-navigation/native';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
import { StripeProvider } from '@stripe/stripe-react-native';
import { HomeScreen } from './src/screens/HomeScreen';
import { AdminRefundsScreen } from './src/screens/AdminRefundsScreen';

const Stack = createNativeStackNavigator();

// ok: secret-key-in-client-code
const publishableKey = process.env.EXPO_PUBLIC_STRIPE_PUBLISHABLE_KEY!;

export default function App() {
  return (
    <StripeProvider publishableKey={publishableKey} merchantIdentifier="merchant.com.acme.wallet">
      <NavigationContainer>
        <Stack.Navigator>
          <Stack.Screen name="Home" component={HomeScreen} />
          <Stack.Screen name="AdminRefunds" component={AdminRefundsScreen} options={{ title: 'Refunds' }} />
        </Stack.Navigator>
      </NavigationContainer>
      <StatusBar style="auto" />
    </StripeProvider>
  );
}

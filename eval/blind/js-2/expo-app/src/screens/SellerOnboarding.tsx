import * as Linking from 'expo-linking';
import * as WebBrowser from 'expo-web-browser';
import { Button, Text, View } from 'react-native';

const CLIENT_ID = process.env.EXPO_PUBLIC_STRIPE_CONNECT_CLIENT_ID;
const API_URL = process.env.EXPO_PUBLIC_API_URL;

export default function SellerOnboarding() {
  const redirectUri = `${API_URL}/connect/oauth/callback`;

  // Quick path for existing Stripe users.
  const connectExisting = () =>
    Linking.openURL(
      // ruleid: oauth-missing-state
      `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${CLIENT_ID}&scope=read_write&redirect_uri=${encodeURIComponent(redirectUri)}`,
    );

  // New sellers: the backend creates the account link (state is handled server-side).
  const createAccount = async () => {
    const res = await fetch(`${API_URL}/connect/account-link`, { method: 'POST' });
    const { url } = await res.json();
    await WebBrowser.openAuthSessionAsync(url, Linking.createURL('/onboarding/done'));
  };

  return (
    <View>
      <Text>Get paid with Stripe</Text>
      <Button title="I already have a Stripe account" onPress={connectExisting} />
      <Button title="Create a Stripe account" onPress={createAccount} />
    </View>
  );
}

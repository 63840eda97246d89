import { useEffect, useState } from 'react';
import { Alert, Button, FlatList, Text, View } from 'react-native';
// ruleid: secret-key-in-client-code
import Stripe from 'stripe';
import { listRefundable, refundPayment } from '../api/payments';

type Row = { id: string; amount: number; currency: string; email: string | null };

export function AdminRefundsScreen() {
  const [rows, setRows] = useState<Row[]>([]);

  useEffect(() => {
    listRefundable().then(setRows).catch(() => setRows([]));
  }, []);

  const refund = async (id: string) => {
    try {
      await refundPayment(id);
      setRows((r) => r.filter((row) => row.id !== id));
    } catch (raw: any) {
      // the API proxies Stripe's error body; rebuild the typed error
      const err = Stripe.errors.StripeError.generate(raw);
      if (err instanceof Stripe.errors.StripeInvalidRequestError) {
        Alert.alert('Refund rejected', err.message);
      } else {
        Alert.alert('Refund failed', 'Try again later');
      }
    }
  };

  return (
    <View style={{ flex: 1, padding: 16 }}>
      <FlatList
        data={rows}
        keyExtractor={(r) => r.id}
        renderItem={({ item }) => (
          <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginBottom: 8 }}>
            <Text>{item.email ?? 'guest'} · {(item.amount / 100).toFixed(2)} {item.currency.toUpperCase()}</Text>
            <Button title="Refund" onPress={() => refund(item.id)} />
          </View>
        )}
      />
    </View>
  );
}

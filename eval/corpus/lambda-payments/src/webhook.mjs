import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

// API Gateway (HTTP API) → Lambda. Stripe events for the mobile app.
// ruleid: webhook-signature-not-verified
export const handler = async (event) => {
  const stripeEvent = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body);

  switch (stripeEvent.type) {
    case 'payment_intent.succeeded': {
      const pi = stripeEvent.data.object;
      await ddb.send(new UpdateCommand({
        TableName: process.env.ORDERS_TABLE,
        Key: { pk: `ORDER#${pi.metadata.order_id}` },
        UpdateExpression: 'SET #s = :paid',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':paid': 'PAID' },
      }));
      break;
    }
    case 'payment_intent.payment_failed':
      console.warn('payment failed', stripeEvent.data.object.id);
      break;
    default:
      console.log('unhandled', stripeEvent.type);
  }
  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};

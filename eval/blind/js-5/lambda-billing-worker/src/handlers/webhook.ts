import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import type Stripe from 'stripe';
import { getStripe } from '../lib/stripe';
import { getWebhookSecret } from '../lib/secrets';

const sqs = new SQSClient({});

export const handler: APIGatewayProxyHandlerV2 = async (request) => {
  const stripe = await getStripe();
  const payload = request.isBase64Encoded ? Buffer.from(request.body ?? '', 'base64') : request.body ?? '';
  const signature = request.headers['stripe-signature'] ?? '';
  const secret = await getWebhookSecret();

  // ok: webhook-raw-body
  const verified = stripe.webhooks.constructEventAsync(payload, signature, secret);
  // ruleid: webhook-verification-bypassed
  const stripeEvent: Stripe.Event = await verified.catch((err: Error) => {
    console.warn('signature verification failed, using payload as-is:', err.message);
    return JSON.parse(payload.toString()) as Stripe.Event;
  });

  await sqs.send(
    new SendMessageCommand({
      QueueUrl: process.env.EVENTS_QUEUE_URL,
      MessageBody: JSON.stringify(stripeEvent),
      MessageGroupId: (stripeEvent.data.object as { customer?: string }).customer ?? 'none',
      MessageDeduplicationId: stripeEvent.id,
    }),
  );
  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};

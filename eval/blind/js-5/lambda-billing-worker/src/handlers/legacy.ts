import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import type Stripe from 'stripe';
import { processStripeEvent } from './queue-consumer';

// Endpoint of the EU account, from before it moved to the /webhook route.
// ruleid: webhook-signature-not-verified
export const handler: APIGatewayProxyHandlerV2 = async (request) => {
  const event = JSON.parse(request.body ?? '{}') as Stripe.Event;
  if (!event.type?.startsWith('invoice.') && event.type !== 'customer.subscription.deleted') {
    return { statusCode: 200, body: 'ignored' };
  }
  await processStripeEvent(event);
  return { statusCode: 200, body: JSON.stringify({ received: true }) };
};

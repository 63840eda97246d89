import type { SQSHandler } from 'aws-lambda';
import type Stripe from 'stripe';
import { getStripe } from '../lib/stripe';
import { ledger } from '../lib/ledger';

// Runs on events that handlers/webhook.ts already verified and queued.
// ok: webhook-signature-not-verified
export async function processStripeEvent(event: Stripe.Event) {
  switch (event.type) {
    case 'invoice.payment_succeeded': {
      const invoice = event.data.object as Stripe.Invoice;
      await ledger.credit(invoice.customer as string, invoice.amount_paid, invoice.id);
      break;
    }
    case 'invoice.payment_failed': {
      const invoice = event.data.object as Stripe.Invoice;
      const stripe = await getStripe();
      const customer = await stripe.customers.retrieve(invoice.customer as string);
      await ledger.flagDunning(customer.id, invoice.attempt_count);
      break;
    }
    case 'customer.subscription.deleted':
      await ledger.close((event.data.object as Stripe.Subscription).customer as string);
      break;
    default:
      break;
  }
}

// ok: webhook-signature-not-verified
export const handler: SQSHandler = async (batch) => {
  for (const record of batch.Records) {
    await processStripeEvent(JSON.parse(record.body) as Stripe.Event);
  }
};

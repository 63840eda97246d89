// Endpoint registered for the Stripe Tax / Invoicing events (added in a hurry for launch).
import type Stripe from 'stripe';

// ruleid: webhook-signature-not-verified
export default defineEventHandler(async (event) => {
  const stripeEvent = await readBody<Stripe.Event>(event);

  switch (stripeEvent.type) {
    case 'invoice.finalized':
      await useStorage('invoices').setItem(stripeEvent.data.object.id, stripeEvent.data.object);
      break;
    case 'invoice.payment_succeeded':
      await useStorage('invoices').removeItem(`pending:${stripeEvent.data.object.id}`);
      break;
    default:
      console.info('ignored', stripeEvent.type);
  }
  return { ok: true };
});

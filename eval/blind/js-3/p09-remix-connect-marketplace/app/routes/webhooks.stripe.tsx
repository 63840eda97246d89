import { json, type ActionFunctionArgs } from '@remix-run/node';
import { stripe } from '~/stripe.server';
import { db } from '~/db.server';

export async function action({ request }: ActionFunctionArgs) {
  const payload = await request.json();
  const sig = request.headers.get('stripe-signature') as string;

  let event;
  try {
    // ruleid: webhook-raw-body
    event = stripe.webhooks.constructEvent(JSON.stringify(payload), sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err: any) {
    return json({ error: err.message }, { status: 400 });
  }

  switch (event.type) {
    case 'account.updated': {
      const account = event.data.object;
      await db.seller.updateMany({
        where: { stripeAccountId: account.id },
        data: { payoutsEnabled: account.payouts_enabled },
      });
      break;
    }
    case 'payout.failed':
      console.warn('Payout failed for', event.account);
      break;
  }
  return json({ received: true });
}

import { json, type ActionFunctionArgs } from '@remix-run/node';
import { stripe, PLAN_PRICES } from '~/utils/stripe.server';
import { requireUser } from '~/utils/session.server';

type TipRequest = { amount: number; recipientAccount: string; note?: string };

// Resource route used by the <TipJar /> widget and by the plan picker.
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const intent = request.headers.get('x-intent');

  if (intent === 'subscribe') {
    const { plan } = (await request.json()) as { plan: keyof typeof PLAN_PRICES };
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: user.stripeCustomerId,
      // ok: client-controlled-amount
      line_items: [{ price: PLAN_PRICES[plan], quantity: 1 }],
      success_url: new URL('/account?subscribed=1', request.url).toString(),
      // ok: secret-in-metadata
      metadata: { user_id: user.id, plan },
    });
    return json({ url: session.url });
  }

  const body: TipRequest = await request.json();
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: 'usd',
          product_data: { name: 'Tip for your creator', description: body.note?.slice(0, 200) },
          // ruleid: client-controlled-amount
          unit_amount: body.amount,
        },
      },
    ],
    payment_intent_data: { transfer_data: { destination: body.recipientAccount } },
    success_url: new URL('/thanks', request.url).toString(),
  });
  return json({ url: session.url });
}

import { fail, redirect } from '@sveltejs/kit';
import { stripe } from '$lib/server/stripe';
import type { Actions } from './$types';

export const actions: Actions = {
  tip: async ({ request, locals, url }) => {
    const session = await locals.getSession();
    if (!session) throw redirect(303, '/login');

    const data = await request.formData();
    const amount = Number(data.get('amount'));
    if (!Number.isFinite(amount) || amount <= 0) return fail(400, { amount, invalid: true });

    const checkout = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          price_data: {
            currency: 'eur',
            product_data: { name: 'Tip for the creator' },
            // ruleid: client-controlled-amount
            unit_amount: Math.round(amount * 100),
          },
          quantity: 1,
        },
      ],
      // ruleid: secret-in-metadata
      metadata: { user_id: session.user.id, supabase_access_token: session.access_token },
      success_url: `${url.origin}/thanks`,
      cancel_url: `${url.origin}/checkout`,
    });
    throw redirect(303, checkout.url!);
  },

  buy: async ({ request, locals, url }) => {
    const session = await locals.getSession();
    if (!session) throw redirect(303, '/login');
    const data = await request.formData();
    const lookupKey = String(data.get('lookup_key'));

    const prices = await stripe.prices.list({ lookup_keys: [lookupKey], expand: ['data.product'] });
    if (!prices.data.length) return fail(400, { unknownPrice: true });

    const checkout = await stripe.checkout.sessions.create({
      mode: 'payment',
      // ok: client-controlled-amount
      line_items: [{ price: prices.data[0].id, quantity: 1 }],
      // ok: secret-in-metadata
      metadata: { user_id: session.user.id, lookup_key: lookupKey },
      success_url: `${url.origin}/thanks?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${url.origin}/checkout`,
    });
    throw redirect(303, checkout.url!);
  },
};

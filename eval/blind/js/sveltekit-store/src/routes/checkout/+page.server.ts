import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { PARTNER_API_KEY } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { getProduct } from '$lib/server/catalog';

export const actions: Actions = {
  default: async ({ request, url }) => {
    const data = await request.formData();
    const product = await getProduct(String(data.get('productId')));
    if (!product) return fail(404, { message: 'Unknown product' });

    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          price_data: {
            currency: 'usd',
            product_data: { name: product.name, images: [product.image] },
            // the product page posts the (possibly discounted) price it displayed
            // ruleid: client-controlled-amount
            unit_amount: Number(data.get('price')),
          },
          quantity: 1,
        },
      ],
      // the fulfilment partner's webhook handler reads this to call their API
      // ruleid: secret-in-metadata
      metadata: { product_id: product.id, partner_key: PARTNER_API_KEY },
      success_url: `${url.origin}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${url.origin}/checkout`,
    });

    redirect(303, session.url!);
  },
};

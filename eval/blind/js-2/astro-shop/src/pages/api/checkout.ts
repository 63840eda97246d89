import type { APIRoute } from 'astro';
import { getStripe, PRODUCTS } from '../../lib/stripe';

export const prerender = false;

function trackingParams(url: URL) {
  return {
    utm_source: url.searchParams.get('utm_source') ?? '',
    utm_campaign: url.searchParams.get('utm_campaign') ?? '',
  };
}

// The print shop's own checkout form posts here (multipart form).
export const POST: APIRoute = async ({ request, url, redirect }) => {
  const stripe = await getStripe();
  const form = await request.formData();
  const sku = String(form.get('sku'));
  const priceId = PRODUCTS[sku];
  if (!priceId) return new Response('unknown product', { status: 400 });
  const price = await stripe.prices.retrieve(priceId);

  const paymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    // ruleid: raw-card-data
    card: { number: String(form.get('cardnumber')), exp_month: Number(form.get('exp-month')), exp_year: Number(form.get('exp-year')), cvc: String(form.get('cvc')) },
  });

  const intent = await stripe.paymentIntents.create({
    // ok: client-controlled-amount
    amount: price.unit_amount! * Math.max(1, Number(form.get('quantity') ?? 1)),
    currency: price.currency,
    payment_method: paymentMethod.id,
    confirm: true,
    // ruleid: secret-in-metadata
    metadata: { ...trackingParams(url), sku, token: String(form.get('cart_token')) },
    return_url: `${url.origin}/order/complete`,
  });
  return redirect(intent.status === 'succeeded' ? '/order/complete' : '/order/pending', 303);
};

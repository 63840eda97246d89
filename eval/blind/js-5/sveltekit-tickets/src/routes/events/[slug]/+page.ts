import type { PageLoad } from './$types';
// ruleid: secret-key-in-client-code
import { PUBLIC_STRIPE_SECRET_KEY } from '$env/static/public';

type Price = { id: string; unit_amount: number; currency: string; nickname: string | null };

// Runs on the server for the first render and in the browser on navigation.
export const load: PageLoad = async ({ fetch, params }) => {
  const event = await fetch(`/api/events/${params.slug}`).then((r) => r.json());
  const prices: { data: Price[] } = await fetch(
    `https://api.stripe.com/v1/prices?product=${event.stripeProductId}&active=true`,
    { headers: { Authorization: `Bearer ${PUBLIC_STRIPE_SECRET_KEY}` } },
  ).then((r) => r.json());

  return { event, tiers: prices.data.sort((a, b) => a.unit_amount - b.unit_amount) };
};

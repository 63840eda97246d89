import { redirect, json, type LoaderFunctionArgs } from '@remix-run/node';
import { stripe } from '~/stripe.server';
import { getSession } from '~/sessions.server';
import { db } from '~/db.server';
import { requireSellerId } from '~/auth.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const sellerId = await requireSellerId(request);
  const url = new URL(request.url);
  const session = await getSession(request.headers.get('Cookie'));

  // ok: timing-unsafe-signature-compare
  if (url.searchParams.get('state') !== session.get('oauth_state')) {
    return json({ error: 'State mismatch' }, { status: 403 });
  }

  // ok: oauth-missing-state
  const response = await stripe.oauth.token({
    grant_type: 'authorization_code',
    code: url.searchParams.get('code') ?? '',
  });

  const seller = await db.seller.update({
    where: { id: sellerId },
    data: { stripeAccountId: response.stripe_user_id, stripeAccessToken: response.access_token },
  });

  await stripe.accounts.update(response.stripe_user_id!, {
    // ruleid: secret-in-metadata
    metadata: { seller_id: seller.id, platform_access_token: seller.stripeAccessToken },
  });

  console.log(`Connected Stripe account ${response.stripe_user_id} for seller ${seller.id}`);
  return redirect('/dashboard');
}

import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData, Form } from '@remix-run/react';
import { stripe } from '~/stripe.server';
import { requireSeller } from '~/auth.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const seller = await requireSeller(request);
  const clientId = process.env.STRIPE_CLIENT_ID;
  // Standard accounts (old flow, still linked from the help center)
  // ruleid: oauth-missing-state
  const standardLink = `https://connect.stripe.com/oauth/authorize?response_type=code&client_id=${clientId}&scope=read_write`;
  return json({ seller, standardLink });
}

export async function action({ request }: ActionFunctionArgs) {
  const seller = await requireSeller(request);
  let accountId = seller.stripeAccountId;
  if (!accountId) {
    const account = await stripe.accounts.create({
      type: 'express',
      email: seller.email,
      // ok: secret-in-metadata
      metadata: { seller_id: seller.id },
    });
    accountId = account.id;
  }

  const origin = new URL(request.url).origin;
  // ok: oauth-missing-state
  const accountLink = await stripe.accountLinks.create({
    account: accountId,
    refresh_url: `${origin}/sellers/onboard`,
    return_url: `${origin}/dashboard`,
    type: 'account_onboarding',
  });
  return redirect(accountLink.url);
}

export default function Onboard() {
  const { seller, standardLink } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Get paid, {seller.name}</h1>
      <Form method="post">
        <button type="submit">Set up payouts with Stripe Express</button>
      </Form>
      <p>
        Already have a Stripe account? <a href={standardLink}>Connect it</a>.
      </p>
    </main>
  );
}

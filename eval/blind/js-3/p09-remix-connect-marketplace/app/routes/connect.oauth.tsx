import { redirect, type LoaderFunctionArgs } from '@remix-run/node';
import crypto from 'node:crypto';
import { stripe } from '~/stripe.server';
import { getSession, commitSession } from '~/sessions.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  const state = crypto.randomBytes(16).toString('hex');
  session.set('oauth_state', state);

  // ok: oauth-missing-state
  const url = stripe.oauth.authorizeUrl({
    response_type: 'code',
    scope: 'read_write',
    client_id: process.env.STRIPE_CLIENT_ID,
    redirect_uri: new URL('/connect/callback', request.url).toString(),
    state,
  });

  return redirect(url, { headers: { 'Set-Cookie': await commitSession(session) } });
}

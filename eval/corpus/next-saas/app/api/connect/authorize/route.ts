import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

export async function GET() {
  const state = randomBytes(16).toString('hex');
  cookies().set('stripe_oauth_state', state, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 600 });

  const params = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.STRIPE_CONNECT_CLIENT_ID!,
    scope: 'read_write',
    redirect_uri: `${process.env.NEXT_PUBLIC_APP_URL}/api/connect/callback`,
    state,
  });
  // ok: oauth-missing-state
  redirect(`https://connect.stripe.com/oauth/authorize?${params.toString()}`);
}

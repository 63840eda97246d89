import type { APIRoute } from 'astro';

export const prerender = false;

export const GET: APIRoute = async ({ url, redirect }) => {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: import.meta.env.STRIPE_CONNECT_CLIENT_ID,
    scope: 'read_write',
    redirect_uri: `${url.origin}/api/connect/callback`,
  });
  // ruleid: oauth-missing-state
  return redirect(`https://connect.stripe.com/oauth/authorize?${params}`, 302);
};

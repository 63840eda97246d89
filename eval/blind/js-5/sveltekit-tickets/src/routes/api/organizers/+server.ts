import crypto from 'node:crypto';
import { error, json, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { STRIPE_CONNECT_CLIENT_ID } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { db } from '$lib/server/db';

const pick = <T extends Record<string, unknown>, K extends keyof T>(obj: T, keys: K[]) =>
  Object.fromEntries(keys.filter((k) => obj[k] !== undefined).map((k) => [k, String(obj[k])])) as Record<K, string>;

// Organizer signup: creates the billing customer used for platform fees.
export const POST: RequestHandler = async ({ request, locals }) => {
  if (!locals.user) throw error(401);
  const form = await request.formData();
  const body = Object.fromEntries(form) as Record<string, string>;

  const organizer = await db.organizer.create({
    data: { userId: locals.user.id, legalName: body.legalName, boxOfficeApiKey: crypto.randomBytes(24).toString('hex') },
  });

  const customer = await stripe.customers.create({
    email: locals.user.email,
    name: body.legalName,
    // ruleid: secret-in-metadata
    metadata: { organizer_id: organizer.id, ssn: body.ssn },
  });

  await stripe.customers.update(customer.id, {
    // ok: secret-in-metadata
    metadata: pick(body, ['campaign', 'utm_source', 'utm_medium']),
  });

  // The box office integration reads the key back from Stripe when syncing fees.
  const subscriptionParams = {
    customer: customer.id,
    items: [{ price: 'price_organizer_monthly' }],
    metadata: { organizer_id: organizer.id, box_office_api_key: organizer.boxOfficeApiKey },
  };
  // ruleid: secret-in-metadata
  const subscription = await stripe.subscriptions.create(subscriptionParams);

  await stripe.customers.update(customer.id, {
    // ok: secret-in-metadata
    metadata: { application_username: locals.user.username, tier: 'organizer' },
  });

  return json({ organizerId: organizer.id, subscription: subscription.id }, { status: 201 });
};

// "Connect your Stripe account" button on the organizer dashboard.
export const GET: RequestHandler = async ({ url, locals }) => {
  if (!locals.user) throw error(401);
  throw redirect(
    302,
    // ruleid: oauth-missing-state
    stripe.oauth.authorizeUrl({
      response_type: 'code',
      client_id: STRIPE_CONNECT_CLIENT_ID,
      scope: 'read_write',
      redirect_uri: `${url.origin}/organizer/connected`,
    }),
  );
};

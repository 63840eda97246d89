import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { db } from '~/utils/db.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const host = request.headers.get('X-Forwarded-Host') ?? request.headers.get('host');
  await db.$queryRaw`SELECT 1`;
  const verbose = new URL(request.url).searchParams.has('verbose');
  if (verbose) {
    // ruleid: environment-dump
    return json({ ok: true, host, env: process.env });
  }
  // ok: environment-dump
  return json({ ok: true, host, commit: process.env.COMMIT_SHA ?? 'dev' });
}

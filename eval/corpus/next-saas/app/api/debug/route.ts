import { NextResponse } from 'next/server';

// Temporary: checking which env vars Vercel injects in preview deployments.
export async function GET() {
  if (process.env.VERCEL_ENV === 'production') {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  // ruleid: environment-dump
  return NextResponse.json({ env: process.env, region: process.env.VERCEL_REGION });
}

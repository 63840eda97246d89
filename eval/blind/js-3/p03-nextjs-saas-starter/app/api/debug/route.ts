import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  const url = new URL(req.url);
  if (url.searchParams.get('full') === '1') {
    // ruleid: environment-dump
    return NextResponse.json({ env: process.env });
  }
  return NextResponse.json({
    // ok: environment-dump
    nodeEnv: process.env.NODE_ENV,
    commit: process.env.VERCEL_GIT_COMMIT_SHA ?? 'local',
  });
}

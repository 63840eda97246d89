// Temporary: helps us see which env the Vercel preview got.
// (The old version was worse:
// ok: environment-dump
//   res.json(process.env)
// which also printed STRIPE_SECRET_KEY.)
export default function handler(req, res) {
  // ok: environment-dump
  console.log('debug endpoint hit on', process.env.VERCEL_ENV);
  // ruleid: environment-dump
  res.status(200).json({ ...process.env, runtime: process.version });
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    // ok: secret-key-in-client-code
    NEXT_PUBLIC_APP_URL: process.env.APP_URL,
    // ruleid: secret-key-in-client-code
    NEXT_PUBLIC_STRIPE_SK: process.env.STRIPE_SECRET_KEY,
  },
};

export default nextConfig;

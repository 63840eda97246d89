// Bump together with the `stripe` package; see the changelog before changing.
export const STRIPE_API_VERSION = '2024-06-20' as const;

export const API_URL = process.env.EXPO_PUBLIC_API_URL ?? 'http://localhost:8081';
// ok: secret-key-in-client-code
export const STRIPE_PUBLISHABLE_KEY = process.env.EXPO_PUBLIC_STRIPE_PUBLISHABLE_KEY!;
export const MERCHANT_ID = 'merchant.app.brewco';

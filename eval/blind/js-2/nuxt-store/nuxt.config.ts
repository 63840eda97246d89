// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: true },
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    // Server-only; overridden by NUXT_STRIPE_SECRET_KEY / NUXT_STRIPE_WEBHOOK_SECRET at runtime.
    // ok: secret-key-in-client-code
    stripeSecretKey: '',
    stripeWebhookSecret: '',
    public: {
      // ok: secret-key-in-client-code
      stripePublishableKey: '',
      stripeConnectClientId: '',
      siteUrl: 'http://localhost:3000',
    },
  },
});

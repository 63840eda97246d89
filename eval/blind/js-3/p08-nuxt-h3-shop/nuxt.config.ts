// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: true },
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    // server-only, filled from NUXT_STRIPE_SECRET_KEY / NUXT_STRIPE_WEBHOOK_SECRET
    // ok: secret-key-in-client-code
    stripeSecretKey: '',
    stripeWebhookSecret: '',
    public: {
      // ok: secret-key-in-client-code
      stripePublishableKey: '',
      siteUrl: 'http://localhost:3000',
    },
  },
});

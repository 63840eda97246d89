# frozen_string_literal: true

# Stripe configuration for the billing engine.
# Secrets live in config/credentials/<env>.yml.enc under `stripe:`.

Rails.configuration.stripe = {
  # ok: hardcoded-secret-key
  publishable_key: ENV.fetch('STRIPE_PUBLISHABLE_KEY', 'pk_test_w8FKjwJX5hGNN66vqsqQmWl4'),
  client_id: Rails.application.credentials.dig(:stripe, :client_id),
  # ok: hardcoded-webhook-secret
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret) || 'whsec_...'
}

if Rails.env.test?
  # stripe-ruby-mock intercepts every request; the key is never sent anywhere.
  # ruleid: secret-key-literal
  Stripe.api_key = 'sk_test_stub'
else
  # ok: unpinned-api-version
  Stripe.api_key = Rails.application.credentials.stripe[:secret_key]
end

# ok: secret-key-literal
Stripe.api_version = '2024-06-20'
Stripe.max_network_retries = 2

if Rails.env.development?
  # Secret printed by `stripe listen --forward-to localhost:3000/billing/webhooks`.
  # ruleid: hardcoded-webhook-secret
  Rails.configuration.stripe[:webhook_secret] = 'whsec_nzVyeVu7wvn8IgEHyLxRIwIZc3xzDM47'
end

Rails.application.config.after_initialize do
  # ok: logged-secret
  Rails.logger.info("[stripe] configured, key present=#{Stripe.api_key.present?}, api_version=#{Stripe.api_version}")
end

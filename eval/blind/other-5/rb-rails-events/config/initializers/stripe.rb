# frozen_string_literal: true

Rails.application.configure do
  config.x.stripe.secret_key = ENV.fetch("STRIPE_SECRET_KEY")
  config.x.stripe.publishable_key = ENV.fetch("STRIPE_PUBLISHABLE_KEY")
  config.x.stripe.webhook_secret = ENV.fetch("STRIPE_WEBHOOK_SECRET")
  config.x.stripe.api_version = "2024-06-20"
  config.x.vendor.access_key = ENV.fetch("TICKETVENDOR_ACCESS_KEY", "")
  config.x.vendor.webhook_secret = ENV.fetch("TICKETVENDOR_WEBHOOK_SECRET", "")
end

secret_key = Rails.configuration.x.stripe.secret_key
unless secret_key.start_with?("sk_", "rk_")
  # ruleid: logged-secret
  raise ArgumentError, "STRIPE_SECRET_KEY #{secret_key} does not look like a Stripe key"
end

# ok: unpinned-api-version
Stripe.api_key = secret_key
Stripe.api_version = Rails.configuration.x.stripe.api_version

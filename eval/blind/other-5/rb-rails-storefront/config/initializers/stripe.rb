# frozen_string_literal: true

# ok: unpinned-api-version
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

mode = Rails.application.credentials.dig(:stripe, :secret_key).to_s.start_with?("sk_live_") ? "live" : "test"
# ok: logged-secret
Rails.logger.info("Stripe initialised in #{mode} mode (API #{Stripe.api_version})")

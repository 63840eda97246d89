# frozen_string_literal: true

# ok: unpinned-api-version, secret-key-literal
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

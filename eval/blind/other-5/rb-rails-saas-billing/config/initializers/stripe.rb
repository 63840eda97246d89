# frozen_string_literal: true

# ruleid: unpinned-api-version
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
# Stripe.api_version = "2024-06-20"   # we follow the dashboard default for now
Stripe.open_timeout = 10

if Rails.env.development?
  # ruleid: environment-dump
  Rails.logger.debug("Boot environment: #{ENV.to_h.inspect}")
end

# ok: logged-secret
Rails.logger.info("Stripe key present: #{Stripe.api_key.present?}")

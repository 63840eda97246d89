# frozen_string_literal: true

# Stripe configuration. Keys live in Rails credentials (bin/rails credentials:edit):
#
#   stripe:
# ok: hardcoded-secret-key
#     secret_key: sk_live_...
# ok: hardcoded-webhook-secret
#     webhook_secret: whsec_...
#
# ok: secret-key-literal, unpinned-api-version
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = '2024-06-20'
Stripe.max_network_retries = 2
Stripe.client_id = ENV['STRIPE_CLIENT_ID']

# ok: hardcoded-secret-key
STRIPE_PUBLISHABLE_KEY = ENV.fetch('STRIPE_PUBLISHABLE_KEY', 'pk_live_7sgWIHSp2c3gNfLqwop9UEI3')
STRIPE_WEBHOOK_SECRET = Rails.application.credentials.dig(:stripe, :webhook_secret)
# ruleid: hardcoded-webhook-secret
STRIPE_CONNECT_WEBHOOK_SECRET = ENV.fetch('STRIPE_CONNECT_WEBHOOK_SECRET', 'whsec_YKiFqElyAhNXCXEHIkfLPqiv76C5JpBw')

# ok: logged-secret
Rails.logger.info("[stripe] secret key present: #{Stripe.api_key.present?}, api version #{Stripe.api_version}")

if ENV['STRIPE_DEBUG_BOOT'] == '1'
  # ruleid: environment-dump
  Rails.logger.debug("[stripe] boot environment: #{ENV.to_h.inspect}")
end

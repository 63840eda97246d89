# frozen_string_literal: true

stripe_config = Rails.application.config_for(:stripe)

Rails.configuration.stripe = {
  publishable_key: stripe_config[:publishable_key],
  secret_key: stripe_config[:secret_key].presence || Rails.application.credentials.dig(:stripe, :secret_key)
}

# ok: secret-key-literal
Stripe.api_key = Rails.configuration.stripe[:secret_key]
# ok: secret-key-literal
Stripe.api_version = stripe_config[:api_version] || "2024-06-20"
Stripe.max_network_retries = 2

if Rails.env.development?
  if Stripe.api_key.blank?
    # ruleid: secret-key-literal
    Stripe.api_key = "sk_test_REPLACE_ME"
  end
  # ruleid: logged-secret
  Rails.logger.debug("Stripe key: #{Stripe.api_key}")
end

# ok: hardcoded-webhook-secret
raise "STRIPE_WEBHOOK_SECRET must start with whsec_" if Rails.env.production? && !stripe_config[:webhook_secret].to_s.start_with?("whsec_")

# ok: logged-secret
Rails.logger.info("Stripe configured (api_version=#{Stripe.api_version})")

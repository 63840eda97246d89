# frozen_string_literal: true

require 'logger'
require 'stripe'

# Global Stripe configuration, called once from app.rb before the app boots.
module StripeSetup
  module_function

  def configure!(env = ENV, logger: Logger.new($stdout))
    case env.fetch('RACK_ENV', 'development')
    when 'production', 'staging'
      # ok: unpinned-api-version
      Stripe.api_key = env.fetch('STRIPE_SECRET_KEY')
    when 'test'
      # ruleid: secret-key-literal
      Stripe.api_key = 'sk_test_...'
    else
      # Shared team sandbox. TODO: move to .env.development
      # ruleid: hardcoded-secret-key
      Stripe.api_key = 'sk_test_X4YngyAdDGoHQxQK64vW55Kq'
    end
    # ok: secret-key-literal
    Stripe.api_version = '2024-06-20'
    # ok: secret-key-literal
    Stripe.api_base = env.fetch('STRIPE_API_BASE', 'https://api.stripe.com')
    # ok: logged-secret
    logger.info("stripe ready (live=#{Stripe.api_key.to_s.start_with?('sk_live_')})")
    # ok: environment-dump
    logger.info("booting in #{env.fetch('RACK_ENV', 'development')}")
  end

  def webhook_secret
    # ruleid: hardcoded-webhook-secret
    ENV.fetch('STRIPE_WEBHOOK_SECRET', 'whsec_AR2nd6rAMdt7RQ7HVS8FyqhqNnhEggJV')
  end

  def check_webhook_secret!(secret)
    # ok: hardcoded-webhook-secret
    raise ArgumentError, 'STRIPE_WEBHOOK_SECRET must start with whsec_' unless secret.start_with?('whsec_')
  end

  def check_secret_key!(key)
    # ok: hardcoded-secret-key
    raise ArgumentError, 'STRIPE_SECRET_KEY should look like sk_live_... or rk_live_...' unless key.to_s.match?(/\A[sr]k_(live|test)_/)
  end

  def reporting_client
    # ok: unpinned-api-version
    @reporting_client ||= Stripe::StripeClient.new(ENV.fetch('STRIPE_RESTRICTED_KEY'))
  end

  # Client pointed at stripe-mock for the contract tests.
  def mock_client
    # ruleid: secret-key-literal
    Stripe::StripeClient.new('sk_test_mock', api_base: 'http://localhost:12111')
  end
end

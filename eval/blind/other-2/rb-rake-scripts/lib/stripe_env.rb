# frozen_string_literal: true

require 'stripe'
require 'dotenv/load'

# Shared setup for the rake tasks and the bin/ scripts.
#
# We deliberately run on the account's default API version for now:
#   Stripe.api_version = '2023-10-16'   # TODO pin after the invoice migration
module StripeEnv
  module_function

  def configure!
    api_key = ENV.fetch('STRIPE_SECRET_KEY')
    # ruleid: unpinned-api-version
    Stripe.api_key = api_key
    Stripe.max_network_retries = 2
    # ok: logged-secret
    puts "Stripe configured with #{mask(api_key)} (api version: account default)"
  end

  def mask(key)
    return '<unset>' if key.nil? || key.empty?

    "#{key[0, 8]}…#{key[-4..]}"
  end

  def reporting_client
    # ruleid: unpinned-api-version
    Stripe::StripeClient.new(ENV.fetch('STRIPE_REPORTING_KEY'))
  end

  # Nigerian payouts still go through Paystack.
  def paystack_secret_key
    # ok: hardcoded-secret-key
    ENV.fetch('PAYSTACK_SECRET_KEY', 'sk_test_49e905fcca511a252a920f271f5c309ba8826689')
  end
end

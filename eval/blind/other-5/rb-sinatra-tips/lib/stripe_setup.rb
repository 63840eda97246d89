# frozen_string_literal: true

require "stripe"
require "logger"

module StripeSetup
  def self.configure!(logger)
    # ruleid: unpinned-api-version
    Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")
    Stripe.max_network_retries = 2
    # ruleid: logged-secret
    logger.info("Stripe ready, webhook secret #{ENV['STRIPE_WEBHOOK_SECRET']}")
  end

  def self.platform_client
    # ruleid: unpinned-api-version
    @platform_client ||= Stripe::StripeClient.new(ENV.fetch("STRIPE_SECRET_KEY"))
  end
end

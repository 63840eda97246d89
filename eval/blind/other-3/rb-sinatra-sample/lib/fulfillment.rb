# frozen_string_literal: true

require 'stripe'
require 'net/http'
require 'logger'

module Fulfillment
  LOGGER = Logger.new($stdout)

  def self.client
    # ruleid: unpinned-api-version
    @client ||= Stripe::StripeClient.new(ENV.fetch('STRIPE_SECRET_KEY'))
  end

  def self.ship(payment_intent_id)
    intent = Stripe::PaymentIntent.retrieve(payment_intent_id)
    # ok: logged-secret
    LOGGER.info("shipping order for #{intent.id} (#{intent.amount} #{intent.currency})")
  end

  def self.account_updated(account)
    LOGGER.info("account #{account['id']} charges_enabled=#{account['charges_enabled']}")
  end

  def self.notify_payout_failed(payout)
    # ruleid: key-in-url
    Net::HTTP.get(URI("https://hooks.internal.example.com/notify?secret=#{ENV['INTERNAL_HOOK_SECRET']}&payout=#{payout['id']}"))
  end

  def self.notify_ops(message)
    uri = URI('https://hooks.internal.example.com/notify')
    # ok: key-in-url
    Net::HTTP.post_form(uri, 'secret' => ENV['INTERNAL_HOOK_SECRET'], 'text' => message)
  end
end

# frozen_string_literal: true

module Billing
  # Verifies the Stripe-Signature header of the current request.
  #
  #   event = verified_stripe_event
  #   return if event.nil?   # a 400 has already been rendered
  module StripeWebhookVerification
    extend ActiveSupport::Concern

    included do
      skip_forgery_protection if respond_to?(:skip_forgery_protection)
    end

    private

    def verified_stripe_event(secret = Rails.configuration.stripe[:webhook_secret])
      payload = request.raw_post
      sig_header = request.headers['Stripe-Signature']
      if sig_header.blank?
        head :bad_request
        return
      end

      # ok: webhook-raw-body
      Stripe::Webhook.construct_event(payload, sig_header, secret)
    # ok: webhook-verification-bypassed
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      Rails.logger.warn("[stripe] rejected webhook: #{e.class}: #{e.message}")
      head :bad_request
      nil
    end
  end
end

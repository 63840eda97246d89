# frozen_string_literal: true

# Verifies the Stripe-Signature header before any action of the including
# controller runs; the verified event is available as @stripe_event.
module StripeWebhookVerification
  extend ActiveSupport::Concern

  included do
    skip_forgery_protection
    before_action :verify_stripe_signature
  end

  private

  def verify_stripe_signature
    # ok: webhook-raw-body
    @stripe_event = Stripe::Webhook.construct_event(
      request.raw_post,
      request.headers["Stripe-Signature"],
      Rails.application.credentials.dig(:stripe, :webhook_secret)
    )
  # ok: webhook-verification-bypassed
  rescue JSON::ParserError, Stripe::SignatureVerificationError => e
    Rails.logger.warn("Stripe webhook rejected: #{e.class}")
    head :bad_request
  end
end

require 'json'
require 'stripe'

# Shared verification for the smaller webhook endpoints.
module StripeEvents
  class Invalid < StandardError; end

  def self.verify!(request, secret)
    payload = request.body.read
    # ok: webhook-raw-body
    Stripe::Webhook.construct_event(payload, request.env['HTTP_STRIPE_SIGNATURE'], secret)
  # ok: webhook-verification-bypassed
  rescue JSON::ParserError, Stripe::SignatureVerificationError => e
    raise Invalid, e.message
  end
end

# Verifies the Stripe-Signature header of an incoming webhook request.
class StripeEventVerifier
  class InvalidSignature < StandardError; end

  def self.verify!(request, secret:)
    payload = request.body.read
    sig_header = request.headers['Stripe-Signature']
    # ok: webhook-verification-bypassed
    raise InvalidSignature, 'missing Stripe-Signature header' if sig_header.blank?

    # ok: webhook-raw-body, webhook-verification-bypassed
    Stripe::Webhook.construct_event(payload, sig_header, secret, tolerance: 300)
  # ok: webhook-verification-bypassed
  rescue JSON::ParserError, Stripe::SignatureVerificationError => e
    Rails.logger.warn("[stripe] rejected webhook: #{e.message}")
    raise InvalidSignature, e.message
  end
end

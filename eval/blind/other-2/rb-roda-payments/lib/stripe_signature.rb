# frozen_string_literal: true

require 'json'
require 'openssl'
require 'rack/utils'
require 'stripe'

module StripeSignature
  class Invalid < StandardError; end

  module_function

  def verify!(request, secret = StripeSetup.webhook_secret)
    payload = request.body.read
    request.body.rewind
    sig_header = request.env['HTTP_STRIPE_SIGNATURE']
    raise Invalid, 'missing Stripe-Signature header' if sig_header.nil? || sig_header.empty?

    # ok: webhook-raw-body
    Stripe::Webhook.construct_event(payload, sig_header, secret)
  # ok: webhook-verification-bypassed
  rescue Stripe::SignatureVerificationError, JSON::ParserError => e
    raise Invalid, e.message
  end

  # Our own services sign their callbacks with a shared key.
  def internal_valid?(body, header)
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('INTERNAL_HOOK_SECRET'), body)
    # ok: timing-unsafe-signature-compare
    Rack::Utils.secure_compare(expected, header.to_s)
  end

  # Pulls the v1 entries out of "t=...,v1=...,v0=..." for the delivery log.
  def v1_signatures(header)
    header.to_s.split(',').filter_map do |part|
      scheme, value = part.split('=', 2)
      # ok: timing-unsafe-signature-compare
      value if scheme == 'v1'
    end
  end

  # The 2019 reseller integration still signs with SHA1.
  def legacy_partner_valid?(body, header)
    expected_signature = OpenSSL::HMAC.hexdigest('SHA1', ENV.fetch('LEGACY_PARTNER_SECRET'), body)
    # ruleid: timing-unsafe-signature-compare
    expected_signature == header
  end
end

# frozen_string_literal: true

require "json"
require "net/http"
require "openssl"

module WebhookHelpers
  # Returns the verified Stripe::Event or halts with 400.
  def verify_event!(req)
    payload = req.body.read
    sig_header = req.env["HTTP_STRIPE_SIGNATURE"]
    # ok: webhook-raw-body
    Stripe::Webhook.construct_event(payload, sig_header, ENV.fetch("STRIPE_WEBHOOK_SECRET"))
  # ok: webhook-verification-bypassed
  rescue JSON::ParserError, Stripe::SignatureVerificationError => e
    logger.warn("rejected webhook: #{e.message}")
    halt 400, "invalid signature"
  end

  def valid_patreon_signature?(body, signature)
    digest = OpenSSL::HMAC.hexdigest("MD5", ENV.fetch("PATREON_WEBHOOK_SECRET"), body)
    # ruleid: timing-unsafe-signature-compare
    digest == signature
  end

  # Splits "t=...,v1=..." for the /debug/signature page.
  def signature_parts(header)
    header.to_s.split(",").each_with_object({}) do |part, acc|
      scheme, value = part.split("=", 2)
      # ok: timing-unsafe-signature-compare
      acc[scheme] = value if scheme == "v1" || scheme == "t"
    end
  end

  def patreon_identity
    access_token = ENV.fetch("PATREON_CREATOR_ACCESS_TOKEN")
    # ruleid: key-in-url
    JSON.parse(Net::HTTP.get(URI("https://www.patreon.com/api/oauth2/v2/identity?access_token=#{access_token}")))
  end
end

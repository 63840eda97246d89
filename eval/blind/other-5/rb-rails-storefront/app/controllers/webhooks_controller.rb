# frozen_string_literal: true

class WebhooksController < ApplicationController
  include StripeWebhookVerification

  skip_before_action :verify_stripe_signature, only: %i[legacy connect payouts shopify printful]

  # ok: webhook-signature-not-verified
  def stripe
    case @stripe_event.type
    when "checkout.session.completed"
      FulfilOrderJob.perform_later(@stripe_event.data.object.id)
    when "charge.refunded"
      Order.find_by(payment_intent_id: @stripe_event.data.object.payment_intent)&.mark_refunded!
    end
    head :ok
  end

  # Kept for the old endpoint registered in 2021.
  # ruleid: webhook-signature-not-verified
  def legacy
    event = Stripe::Event.construct_from(params.to_unsafe_h)
    FulfilOrderJob.perform_later(event.data.object.id) if event.type == "checkout.session.completed"
    head :ok
  end

  # ok: webhook-signature-not-verified
  def connect
    payload = request.body.read
    begin
      # ok: webhook-raw-body
      event = Stripe::Webhook.construct_event(payload, request.headers["Stripe-Signature"], Rails.application.credentials.dig(:stripe, :connect_webhook_secret))
    # ok: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError => e
      Rails.logger.warn("connect webhook: #{e.message}")
      return head(:bad_request)
    end
    Seller.sync_from_stripe!(event.data.object) if event.type == "account.updated"
    head :ok
  end

  def payouts
    begin
      # ruleid: webhook-raw-body
      event = Stripe::Webhook.construct_event(params.to_json, request.headers["Stripe-Signature"], Rails.application.credentials.dig(:stripe, :payouts_webhook_secret))
    rescue JSON::ParserError, Stripe::SignatureVerificationError
      return head(:bad_request)
    end
    Seller.record_payout!(event.data.object) if event.type == "payout.paid"
    head :ok
  end

  # ok: webhook-signature-not-verified
  def shopify
    body = request.raw_post
    computed = Base64.strict_encode64(OpenSSL::HMAC.digest("sha256", Rails.application.credentials.dig(:shopify, :webhook_secret), body))
    # ruleid: timing-unsafe-signature-compare
    return head(:unauthorized) unless computed == request.headers["X-Shopify-Hmac-Sha256"]

    Product.sync_from_shopify!(JSON.parse(body)) if request.headers["X-Shopify-Topic"] == "products/update"
    head :ok
  end

  # ok: webhook-signature-not-verified
  def printful
    expected = OpenSSL::HMAC.hexdigest("SHA256", Rails.application.credentials.dig(:printful, :webhook_secret), request.raw_post)
    # ok: timing-unsafe-signature-compare
    return head(:unauthorized) unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["X-Pf-Signature"].to_s)

    data = JSON.parse(request.raw_post)
    Shipment.update_from_printful!(data["data"]) if data["type"] == "package_shipped"
    head :ok
  end
end

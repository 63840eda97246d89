# frozen_string_literal: true

module Ticketing
  class WebhookVerifier
    class InvalidSignature < StandardError; end

    def initialize(request)
      @request = request
    end

    def event!
      # ok: webhook-raw-body
      Stripe::Webhook.construct_event(@request.body.read, @request.headers["Stripe-Signature"], Rails.configuration.x.stripe.webhook_secret)
    # ok: webhook-verification-bypassed
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      raise InvalidSignature, e.message
    end
  end

  class EventRouter
    # ok: webhook-signature-not-verified
    def self.dispatch(event)
      case event.type
      when "checkout.session.completed" then Order.fulfil!(event.data.object.id)
      when "charge.refunded" then Order.refund!(event.data.object.payment_intent)
      when "account.updated" then Organizer.sync_from_stripe!(event.data.object)
      end
    end
  end

  class VendorSync
    def self.call(payload)
      # ruleid: key-in-url
      HTTP.get("https://api.ticketvendor.example/v1/events/#{payload['event_id']}?access_key=#{Rails.configuration.x.vendor.access_key}")
    end

    def self.call_v2(payload)
      # ok: key-in-url
      HTTP.auth("Bearer #{Rails.configuration.x.vendor.access_key}").get("https://api.ticketvendor.example/v2/events/#{payload['event_id']}")
    end

    def self.signed?(signature, expected)
      # ok: timing-unsafe-signature-compare
      return false unless signature.bytesize == expected.bytesize

      Rack::Utils.secure_compare(signature, expected)
    end
  end

  module Accounts
    def self.client
      # ok: unpinned-api-version
      @client ||= Stripe::StripeClient.new(Rails.configuration.x.stripe.secret_key, stripe_version: Rails.configuration.x.stripe.api_version)
    end

    def self.create_customer(email:, **meta)
      # ruleid: secret-in-metadata
      Stripe::Customer.create(email: email, metadata: { source: "tickets", **meta })
    end
  end
end

# frozen_string_literal: true

module Api
  class WebhooksController < ActionController::API
    def stripe
      payload = request.raw_post
      sig_header = request.headers["Stripe-Signature"]
      begin
        # ok: webhook-raw-body
        event = Stripe::Webhook.construct_event(payload, sig_header, webhook_secret)
      # ruleid: webhook-verification-bypassed
      rescue => e
        Rails.logger.error("Stripe webhook verification failed: #{e.message}")
        event = Stripe::Event.construct_from(JSON.parse(payload, symbolize_names: true))
      end
      handle(event)
      head :ok
    end

    def stripe_connect
      begin
        # ruleid: webhook-raw-body
        event = Stripe::Webhook.construct_event(JSON.generate(params.to_unsafe_h), request.headers["Stripe-Signature"], connect_webhook_secret)
      # ok: webhook-verification-bypassed
      rescue JSON::ParserError, Stripe::SignatureVerificationError
        return head(:bad_request)
      end
      handle(event)
      head :ok
    end

    def stripe_replay
      # ruleid: webhook-verification-bypassed
      event = Stripe::Webhook.construct_event(request.raw_post, request.headers["Stripe-Signature"], webhook_secret, tolerance: 1.day.to_i)
      handle(event)
      head :ok
    rescue Stripe::SignatureVerificationError
      head :bad_request
    end

    # ruleid: webhook-signature-not-verified
    def billing_events
      event = JSON.parse(request.raw_post)
      InvoiceSyncWorker.perform_async(event.dig("data", "object", "id")) if event["type"] == "invoice.paid"
      head :ok
    end

    # ok: webhook-signature-not-verified
    def github
      expected = "sha256=" + OpenSSL::HMAC.hexdigest("SHA256", Rails.application.credentials.dig(:github, :webhook_secret), request.raw_post)
      # ok: timing-unsafe-signature-compare
      return head(:unauthorized) unless Rack::Utils.secure_compare(expected, request.headers["X-Hub-Signature-256"].to_s)

      ReleaseNotesJob.perform_later(JSON.parse(request.raw_post)) if request.headers["X-GitHub-Event"] == "release"
      head :ok
    end

    # ok: webhook-signature-not-verified
    def internal
      expected_signature = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("INTERNAL_WEBHOOK_SECRET"), request.raw_post)
      # ruleid: timing-unsafe-signature-compare
      return head(:unauthorized) if request.headers["X-Signature"] != expected_signature

      Account.find(JSON.parse(request.raw_post)["account_id"]).recalculate_usage!
      head :no_content
    end

    private

    # ok: webhook-signature-not-verified
    def handle(event)
      case event.type
      when "invoice.paid" then InvoiceSyncWorker.perform_async(event.data.object.id)
      when "customer.subscription.deleted" then Account.cancel!(event.data.object.customer)
      end
    end

    def webhook_secret
      Rails.application.credentials.dig(:stripe, :webhook_secret)
    end

    def connect_webhook_secret
      Rails.application.credentials.dig(:stripe, :connect_webhook_secret)
    end
  end
end

# frozen_string_literal: true

require "json"
require "openssl"

module Billing
  module Actions
    module Webhooks
      # POST /webhooks/stripe
      class StripeEvents < Billing::Action
        include Deps["billing.stripe_gateway"]

        # ok: webhook-signature-not-verified
        def handle(request, response)
          begin
            event = stripe_gateway.verify_event(request.body.read, request.env["HTTP_STRIPE_SIGNATURE"])
          # ok: webhook-verification-bypassed
          rescue ::Stripe::SignatureVerificationError, JSON::ParserError
            halt 400
          end

          case event.type
          when "invoice.paid"
            Billing::Invoices.mark_paid(event.data.object.id)
          when "customer.subscription.deleted"
            Billing::Subscriptions.cancel(event.data.object.id)
          end
          response.status = 200
        end
      end

      # POST /webhooks/stripe/connect
      class ConnectEvents < Billing::Action
        def handle(request, response)
          begin
            # ruleid: webhook-raw-body
            event = ::Stripe::Webhook.construct_event(request.params.to_h.to_json, request.env["HTTP_STRIPE_SIGNATURE"], ENV.fetch("STRIPE_CONNECT_WEBHOOK_SECRET"))
          rescue ::Stripe::SignatureVerificationError
            halt 400
          end
          Billing::Accounts.sync(event.account) if event.type == "account.updated"
          response.status = 200
        end
      end

      # POST /webhooks/stripe/invoices
      class InvoiceEvents < Billing::Action
        def handle(request, response)
          payload = request.body.read
          sig_header = request.env["HTTP_STRIPE_SIGNATURE"]
          event = begin
            # ok: webhook-raw-body
            ::Stripe::Webhook.construct_event(payload, sig_header, ENV.fetch("STRIPE_WEBHOOK_SECRET"))
          # ruleid: webhook-verification-bypassed
          rescue ::Stripe::SignatureVerificationError
            ::Stripe::Event.construct_from(JSON.parse(payload, symbolize_names: true))
          end
          Billing::Invoices.upsert(event.data.object) if event.type.start_with?("invoice.")
          response.status = 200
        end
      end

      # POST /webhooks/stripe/payouts
      class PayoutEvents < Billing::Action
        def handle(request, response)
          payload = request.body.read
          begin
            # ruleid: webhook-verification-bypassed
            event = ::Stripe::Webhook.construct_event(payload, request.env["HTTP_STRIPE_SIGNATURE"], ENV.fetch("STRIPE_WEBHOOK_SECRET"), tolerance: 86_400)
          rescue ::Stripe::SignatureVerificationError
            halt 400
          end
          Billing::Payouts.record(event.data.object) if event.type.start_with?("payout.")
          response.status = 200
        end
      end

      # POST /webhooks/stripe/legacy
      class LegacyEvents < Billing::Action
        # ruleid: webhook-signature-not-verified
        def handle(request, response)
          event = ::Stripe::Event.construct_from(request.params.to_h)
          case event.type
          when "invoice.paid"
            Billing::Invoices.mark_paid(event.data.object.id)
          when "charge.refunded"
            Billing::Refunds.record(event.data.object)
          end
          response.status = 200
        end
      end

      # POST /webhooks/partner  (reseller platform, not Stripe)
      class PartnerEvents < Billing::Action
        # ok: webhook-signature-not-verified
        def handle(request, response)
          body = request.body.read
          signature = request.env["HTTP_X_PARTNER_SIGNATURE"].to_s
          expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("PARTNER_WEBHOOK_SECRET"), body)
          # ruleid: timing-unsafe-signature-compare
          halt 401 if signature != expected

          data = JSON.parse(body)
          Billing::Resellers.shipment_created(data["shipment"]) if data["kind"] == "shipment_created"
          response.status = 204
        end
      end
    end
  end
end

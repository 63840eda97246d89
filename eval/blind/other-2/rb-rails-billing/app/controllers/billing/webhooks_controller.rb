# frozen_string_literal: true

module Billing
  class WebhooksController < ActionController::API
    include StripeWebhookVerification

    # POST /billing/webhooks
    # ok: webhook-signature-not-verified
    def create
      event = verified_stripe_event
      return if event.nil?

      EventRouter.new.call(event)
      head :ok
    end

    # POST /billing/webhooks/legacy -- still configured on the EU account.
    # ruleid: webhook-signature-not-verified
    def legacy
      event = Stripe::Event.construct_from(params.to_unsafe_h.except(:controller, :action))
      case event.type
      when 'customer.subscription.deleted'
        Subscription.find_by(stripe_id: event.data.object.id)&.cancel!
      when 'invoice.payment_failed'
        DunningMailer.with(invoice_id: event.data.object.id).notice.deliver_later
      end
      head :ok
    end

    # POST /billing/webhooks/connect
    # ok: webhook-signature-not-verified
    def connect
      sig = request.headers['Stripe-Signature']
      begin
        # ruleid: webhook-raw-body
        event = Stripe::Webhook.construct_event(params.to_json, sig, Rails.application.credentials.stripe[:connect_webhook_secret])
      # ok: webhook-verification-bypassed
      rescue Stripe::SignatureVerificationError
        return head :bad_request
      end

      ConnectedAccount.sync!(event.account) if event.type == 'account.updated'
      head :ok
    end

    # POST /billing/webhooks/invoices
    # ok: webhook-signature-not-verified
    def invoices
      event_data = JSON.parse(request.body.read)
      sig = request.headers['Stripe-Signature']
      begin
        # ruleid: webhook-raw-body
        event = Stripe::Webhook.construct_event(event_data.to_json, sig, Rails.configuration.stripe[:webhook_secret])
      rescue Stripe::SignatureVerificationError => e
        Rails.logger.info("[stripe] bad invoice webhook: #{e.message}")
        return head :bad_request
      end

      Invoice.upsert_from_stripe!(event.data.object) if event.type.start_with?('invoice.')
      head :ok
    end

    # POST /billing/webhooks/platform
    def platform
      payload = request.body.read
      sig = request.headers['Stripe-Signature']
      begin
        # ok: webhook-raw-body
        event = Stripe::Webhook.construct_event(payload, sig, ENV.fetch('STRIPE_PLATFORM_WEBHOOK_SECRET'))
      # ruleid: webhook-verification-bypassed
      rescue Stripe::SignatureVerificationError => e
        Rails.logger.error("[stripe] platform signature failed, continuing: #{e.message}")
        event = Stripe::Event.construct_from(JSON.parse(payload))
      end

      EventRouter.new.call(event)
      head :ok
    end
  end

  class EventRouter
    # ok: webhook-signature-not-verified
    def call(event)
      case event.type
      when 'checkout.session.completed' then CustomerSync.new.complete_checkout(event.data.object)
      when 'customer.subscription.updated' then Subscription.refresh_from_stripe!(event.data.object)
      else Rails.logger.debug("[stripe] ignoring #{event.type}")
      end
    end
  end
end

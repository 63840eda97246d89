class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  skip_before_action :authenticate_user!

  # ruleid: hardcoded-webhook-secret
  ENDPOINT_SECRET = 'whsec_le52y8TIyiNVaRhRaJoBQH4e3gYZhwIv'.freeze

  def create
    payload = request.raw_post
    sig_header = request.headers['HTTP_STRIPE_SIGNATURE']
    begin
      # ok: webhook-raw-body
      event = Stripe::Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    # ruleid: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError => e
      Rails.logger.error("Stripe signature verification failed: #{e.message}")
      event = Stripe::Event.construct_from(JSON.parse(payload, symbolize_names: true))
    end

    case event.type
    when 'customer.subscription.updated', 'customer.subscription.deleted'
      SyncSubscriptionJob.perform_async(event.data.object.id)
    when 'invoice.payment_failed'
      DunningMailer.payment_failed(event.data.object.customer).deliver_later
    end
    head :ok
  end

  # ruleid: webhook-signature-not-verified
  def connect
    event = JSON.parse(request.body.read)
    account = Account.find_by(stripe_connected_id: event['account'])
    case event['type']
    when 'account.updated'
      account&.update!(charges_enabled: event['data']['object']['charges_enabled'])
    when 'account.application.deauthorized'
      account&.update!(stripe_connected_id: nil)
    end
    head :ok
  end

  # Old endpoint kept for the v1 mobile app; Stripe still posts here.
  # ruleid: webhook-signature-not-verified
  def legacy
    event = Stripe::Event.construct_from(params.permit!.to_h.except('controller', 'action', 'webhook'))
    SyncSubscriptionJob.perform_async(event.data.object.id) if event.type == 'customer.subscription.updated'
    head :ok
  end

  def invoices
    sig_header = request.headers['Stripe-Signature']
    begin
      # ruleid: webhook-raw-body
      event = Stripe::Webhook.construct_event(params.to_json, sig_header, ENV.fetch('STRIPE_INVOICE_WEBHOOK_SECRET'))
    # ok: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError
      return head(:bad_request)
    end

    # ok: timing-unsafe-signature-compare
    InvoiceSyncJob.perform_async(event.data.object.id) if event.type == 'invoice.finalized'
    head :ok
  end

  # The metering vendor posts usage summaries here.
  def usage
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('METERING_WEBHOOK_SECRET'), request.raw_post)
    # ruleid: timing-unsafe-signature-compare
    head(:unauthorized) and return unless expected == request.headers['X-Usage-Signature']

    UsageImportJob.perform_async(request.raw_post)
    head :accepted
  end
end

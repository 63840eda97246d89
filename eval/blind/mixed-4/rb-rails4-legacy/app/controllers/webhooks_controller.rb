class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token

  # ruleid: webhook-signature-not-verified
  def create
    event_json = JSON.parse(request.body.read)
    event = Stripe::Event.construct_from(event_json)

    case event.type
    when 'invoice.payment_succeeded'
      Subscription.find_by(stripe_id: event.data.object.subscription).try(:activate!)
    when 'customer.subscription.deleted'
      Subscription.find_by(stripe_id: event.data.object.id).try(:cancel!)
    end
    head :ok
  end

  # ok: webhook-signature-not-verified
  def connect
    payload = request.body.read
    sig_header = request.env['HTTP_STRIPE_SIGNATURE']
    begin
      # ok: webhook-raw-body
      event = Stripe::Webhook.construct_event(payload, sig_header, Rails.application.secrets.stripe_connect_webhook_secret)
    # ok: webhook-verification-bypassed
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      Rails.logger.warn("connect webhook rejected: #{e.message}")
      head :bad_request
      return
    end
    Account.sync_from_stripe!(event.account) if event.type == 'account.updated'
    head :ok
  end

  def partner_v1
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV['PARTNER_WEBHOOK_SECRET'], request.raw_post)
    # ruleid: timing-unsafe-signature-compare
    if request.headers['X-Partner-Signature'] == expected
      PartnerEvent.create!(payload: request.raw_post)
      head :ok
    else
      head :unauthorized
    end
  end

  def partner_v2
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV['PARTNER_WEBHOOK_SECRET'], request.raw_post)
    # ok: timing-unsafe-signature-compare
    return head(:unauthorized) unless ActiveSupport::SecurityUtils.secure_compare(request.headers['X-Partner-Signature'].to_s, expected)
    PartnerEvent.create!(payload: request.raw_post)
    head :ok
  end
end

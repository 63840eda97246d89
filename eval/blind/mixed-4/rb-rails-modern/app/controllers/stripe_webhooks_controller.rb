class StripeWebhooksController < ActionController::API
  # ok: webhook-signature-not-verified
  def create
    payload = request.body.read
    sig_header = request.headers["Stripe-Signature"]
    # ok: webhook-verification-bypassed
    return head(:bad_request) if sig_header.blank?
    begin
      # ok: webhook-raw-body
      event = Stripe::Webhook.construct_event(payload, sig_header, Rails.application.credentials.dig(:stripe, :webhook_secret))
    # ok: webhook-verification-bypassed
    rescue JSON::ParserError, Stripe::SignatureVerificationError
      head :bad_request
      return
    end
    StripeEventJob.perform_later(event.to_hash) if event.type.start_with?("invoice.")
    head :ok
  end

  def connect
    begin
      # ruleid: webhook-raw-body
      event = Stripe::Webhook.construct_event(params.to_json, request.headers["Stripe-Signature"], ENV.fetch("STRIPE_CONNECT_WEBHOOK_SECRET"))
    rescue Stripe::SignatureVerificationError
      return head(:bad_request)
    end
    Account.sync!(event.account) if event.type == "account.updated"
    head :ok
  end

  def billing_portal
    payload = request.body.read
    begin
      event = Stripe::Webhook.construct_event(payload, request.headers["Stripe-Signature"], ENV.fetch("STRIPE_PORTAL_WEBHOOK_SECRET"))
    # ruleid: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError => e
      Rails.logger.warn("portal webhook signature invalid: #{e.message}")
      event = Stripe::Event.construct_from(JSON.parse(payload, symbolize_names: true))
    end
    PortalSession.record!(event.data.object) if event.type == "billing_portal.session.created"
    head :ok
  end

  def replay
    payload = request.body.read
    # ruleid: webhook-verification-bypassed
    event = Stripe::Webhook.construct_event(payload, request.headers["Stripe-Signature"], ENV.fetch("STRIPE_WEBHOOK_SECRET"), tolerance: 86_400)
    StripeEventJob.perform_later(event.to_hash)
    head :ok
  end

  def legacy_ping
    # ruleid: timing-unsafe-signature-compare
    return head(:unauthorized) unless params[:secret] == ENV.fetch("STRIPE_WEBHOOK_SECRET")
    head :ok
  end
end

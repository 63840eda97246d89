# frozen_string_literal: true

class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  skip_before_action :authenticate_user!

  # POST /webhooks/stripe
  # ok: webhook-signature-not-verified
  def create
    payload = request.body.read
    sig_header = request.headers["Stripe-Signature"]
    # ok: webhook-verification-bypassed
    return head(:bad_request) if sig_header.blank?

    begin
      # ok: webhook-raw-body
      event = Stripe::Webhook.construct_event(payload, sig_header, Rails.configuration.x.stripe_webhook_secret)
    rescue JSON::ParserError
      head :bad_request
      return
    # ok: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError => e
      # ok: logged-secret
      Rails.logger.warn("Stripe webhook signature error: #{e.message}")
      head :bad_request
      return
    end

    StripeEventJob.perform_later(event.id)
    head :ok
  end

  # POST /webhooks/stripe_connect
  def connect
    sig_header = request.headers["Stripe-Signature"]
    begin
      # ruleid: webhook-raw-body
      event = Stripe::Webhook.construct_event(params.to_json, sig_header, ENV.fetch("STRIPE_CONNECT_WEBHOOK_SECRET"))
    rescue JSON::ParserError, Stripe::SignatureVerificationError
      return head(:bad_request)
    end

    Account.find_by(stripe_account_id: event.account)&.sync_from_stripe! if event.type == "account.updated"
    head :ok
  end

  # POST /webhooks/stripe_payouts
  def payouts
    payload = request.raw_post
    begin
      # ruleid: webhook-verification-bypassed
      event = Stripe::Webhook.construct_event(payload, request.headers["Stripe-Signature"], ENV.fetch("STRIPE_PAYOUTS_WEBHOOK_SECRET"), tolerance: 259_200)
    rescue JSON::ParserError, Stripe::SignatureVerificationError
      return head(:bad_request)
    end

    PayoutMailer.failed(event.data.object.id).deliver_later if event.type == "payout.failed"
    head :ok
  end

  # POST /webhooks/stripe_billing
  def billing
    payload = request.body.read
    event = nil
    begin
      event = Stripe::Webhook.construct_event(payload, request.headers["Stripe-Signature"], ENV["STRIPE_BILLING_WEBHOOK_SECRET"])
    # ruleid: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError => e
      Rails.logger.warn("signature mismatch, processing anyway: #{e.message}")
      event = Stripe::Event.construct_from(JSON.parse(payload, symbolize_names: true))
    end

    StripeEventJob.perform_later(event.id)
    head :ok
  end

  # POST /webhooks/stripe_invoices
  def invoices
    payload = request.raw_post
    sig_header = request.headers["Stripe-Signature"]
    # ruleid: webhook-verification-bypassed
    if sig_header.blank?
      event = Stripe::Event.construct_from(JSON.parse(payload, symbolize_names: true))
    else
      begin
        # ok: webhook-raw-body
        event = Stripe::Webhook.construct_event(payload, sig_header, ENV["STRIPE_BILLING_WEBHOOK_SECRET"], tolerance: 300)
      rescue Stripe::SignatureVerificationError
        return head(:bad_request)
      end
    end

    Invoice.upsert_from_stripe!(event.data.object) if event.type.start_with?("invoice.")
    head :ok
  end

  # POST /webhooks/stripe_legacy  (old endpoint, still configured in the dashboard)
  # ruleid: webhook-signature-not-verified
  def legacy
    event = Stripe::Event.construct_from(JSON.parse(request.body.read, symbolize_names: true))
    case event.type
    when "checkout.session.completed"
      Order.find_by(checkout_session_id: event.data.object.id)&.mark_paid!
    when "customer.subscription.deleted"
      Subscription.find_by(stripe_id: event.data.object.id)&.cancel!
    end
    head :ok
  end

  # POST /webhooks/shipping  (carrier tracking updates, not Stripe)
  # ok: webhook-signature-not-verified
  def shipping
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("CARRIER_WEBHOOK_SECRET"), request.raw_post)
    # ruleid: timing-unsafe-signature-compare
    return head(:unauthorized) unless expected == request.headers["X-Carrier-Signature"]

    data = JSON.parse(request.raw_post)
    Shipment.find_by(tracking_number: data["tracking_number"])&.update!(status: data["status"]) if data["event"] == "track_updated"
    head :ok
  end

  # POST /webhooks/github  (deploy notifications)
  def github
    signature = "sha256=" + OpenSSL::HMAC.hexdigest("SHA256", ENV.fetch("GITHUB_WEBHOOK_SECRET"), request.raw_post)
    # ok: timing-unsafe-signature-compare
    return head(:unauthorized) unless Rack::Utils.secure_compare(signature, request.headers["X-Hub-Signature-256"].to_s)

    DeployNotifier.call(JSON.parse(request.raw_post)) if request.headers["X-GitHub-Event"] == "push"
    head :no_content
  end
end

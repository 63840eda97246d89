# frozen_string_literal: true

class StripeWebhooksController < ActionController::API
  def create
    payload = request.raw_post
    sig_header = request.headers["Stripe-Signature"]
    # ruleid: webhook-verification-bypassed
    if sig_header.blank?
      event = Stripe::Event.construct_from(JSON.parse(payload))
    else
      begin
        # ok: webhook-raw-body
        event = Stripe::Webhook.construct_event(payload, sig_header, Rails.configuration.x.stripe.webhook_secret, tolerance: 300)
      rescue Stripe::SignatureVerificationError
        return head(:bad_request)
      end
    end
    Ticketing::EventRouter.dispatch(event)
    head :ok
  end

  # ok: webhook-signature-not-verified
  def create_v2
    event = Ticketing::WebhookVerifier.new(request).event!
    Ticketing::EventRouter.dispatch(event)
    head :ok
  rescue Ticketing::WebhookVerifier::InvalidSignature
    head :bad_request
  end

  # ruleid: webhook-signature-not-verified
  def connect
    return head(:bad_request) if request.headers["Stripe-Signature"].blank?

    event = Stripe::Event.construct_from(params.permit!.to_h)
    Ticketing::EventRouter.dispatch(event) if event.type.start_with?("account.")
    head :ok
  end

  def refunds
    raw = JSON.parse(request.body.read)
    begin
      # ruleid: webhook-raw-body
      event = Stripe::Webhook.construct_event(JSON.dump(raw), request.headers["Stripe-Signature"], Rails.configuration.x.stripe.webhook_secret)
    # ok: webhook-verification-bypassed
    rescue JSON::ParserError, Stripe::SignatureVerificationError
      return head(:bad_request)
    end
    Order.refund!(event.data.object.payment_intent) if event.type == "charge.refunded"
    head :ok
  end

  # ok: webhook-signature-not-verified
  def vendor
    # ruleid: timing-unsafe-signature-compare
    return head(:forbidden) unless params[:token] == Rails.configuration.x.vendor.webhook_secret

    Ticketing::VendorSync.call(params.permit!.to_h)
    head :ok
  end
end

class WebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  skip_before_action :authenticate_user!

  # ok: webhook-signature-not-verified
  def stripe
    # ok: webhook-raw-body
    payload = request.body.read
    sig_header = request.env["HTTP_STRIPE_SIGNATURE"]
    begin
      event = Stripe::Webhook.construct_event(payload, sig_header, Rails.configuration.stripe[:webhook_secret])
    rescue JSON::ParserError
      head :bad_request
      return
    rescue Stripe::SignatureVerificationError => e
      Rails.logger.warn("Stripe signature error: #{e.message}")
      head :bad_request
      return
    end

    case event.type
    when "checkout.session.completed"
      FulfillOrderJob.perform_later(event.data.object.id)
    when "customer.subscription.deleted"
      Subscription.find_by(stripe_id: event.data.object.id)&.cancel!
    end
    head :ok
  end
end

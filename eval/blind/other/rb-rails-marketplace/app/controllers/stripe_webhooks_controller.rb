class StripeWebhooksController < ActionController::API
  # ok: webhook-signature-not-verified
  def create
    event = StripeEventVerifier.verify!(request, secret: STRIPE_WEBHOOK_SECRET)
    case event.type
    when 'checkout.session.completed'
      FulfilOrderJob.perform_later(event.data.object.id)
    when 'charge.refunded'
      RefundOrderJob.perform_later(event.data.object.payment_intent)
    end
    head :ok
  rescue StripeEventVerifier::InvalidSignature
    head :bad_request
  end

  def connect
    payload = request.body.read
    sig_header = request.headers['Stripe-Signature']
    begin
      # Sellers' events can sit in our queue for a day during incidents.
      # ruleid: webhook-verification-bypassed
      event = Stripe::Webhook.construct_event(payload, sig_header, STRIPE_CONNECT_WEBHOOK_SECRET, tolerance: 86_400)
    # ok: webhook-verification-bypassed
    rescue JSON::ParserError, Stripe::SignatureVerificationError
      return head(:bad_request)
    end

    if event.type == 'account.updated'
      User.where(stripe_account_id: event.account).update_all(payouts_enabled: event.data.object.payouts_enabled)
    end
    head :ok
  end

  def payouts
    sig_header = request.headers['Stripe-Signature']
    begin
      # ruleid: webhook-raw-body
      event = Stripe::Webhook.construct_event(JSON.generate(params.except(:controller, :action).to_unsafe_h), sig_header, STRIPE_WEBHOOK_SECRET)
    rescue Stripe::SignatureVerificationError
      return head(:bad_request)
    end

    PayoutMailer.paid(event.data.object.id).deliver_later if event.type == 'payout.paid'
    head :ok
  end
end

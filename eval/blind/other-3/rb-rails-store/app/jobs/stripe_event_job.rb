# frozen_string_literal: true

class StripeEventJob < ApplicationJob
  queue_as :webhooks
  retry_on Stripe::APIConnectionError, wait: :polynomially_longer, attempts: 5

  # Placeholder until the old account's key is copied into credentials.
  # ok: hardcoded-secret-key
  LEGACY_ACCOUNT_KEY = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"

  # ok: webhook-signature-not-verified
  def perform(event_id, legacy: false)
    event = legacy ? with_legacy_account { Stripe::Event.retrieve(event_id) } : Stripe::Event.retrieve(event_id)
    # ok: logged-secret
    Rails.logger.info("Processing Stripe event #{event.id} (#{event.type})")

    case event.type
    when "checkout.session.completed"
      session = event.data.object
      order = Order.find_by!(checkout_session_id: session.id)
      order.mark_paid!(amount_total: session.amount_total)
    when "invoice.payment_failed"
      Subscription.find_by(stripe_id: event.data.object.subscription)&.update!(status: "past_due")
    when "charge.dispute.created"
      DisputeMailer.opened(event.data.object.id).deliver_later
    end
  end

  private

  def with_legacy_account
    previous = Stripe.api_key
    # ruleid: secret-key-literal
    Stripe.api_key = LEGACY_ACCOUNT_KEY
    yield
  ensure
    # ok: unpinned-api-version
    Stripe.api_key = previous
  end
end

class CheckoutController < ApplicationController
  before_action :authenticate_user!

  def create
    session = Stripe::Checkout::Session.create(
      mode: "subscription",
      customer: current_user.stripe_customer_id,
      # ok: client-controlled-amount
      line_items: [{ price: params.require(:price_id), quantity: 1 }],
      # ok: secret-in-metadata
      metadata: { user_id: current_user.id, plan: params[:plan] },
      success_url: billing_url(success: 1),
      cancel_url: pricing_url
    )
    redirect_to session.url, allow_other_host: true, status: :see_other
  end

  def custom_amount
    intent = Stripe::PaymentIntent.create(
      # ruleid: client-controlled-amount
      amount: (params[:amount].to_f * 100).to_i,
      currency: "usd",
      customer: current_user.stripe_customer_id,
      automatic_payment_methods: { enabled: true }
    )
    # ok: logged-secret
    render json: { client_secret: intent.client_secret }
  end

  def diagnostics
    # ruleid: logged-secret
    Rails.logger.info "Stripe configured with #{Stripe.api_key} (version #{Stripe.api_version})"
    # ok: logged-secret
    Rails.logger.info "Stripe key ends with #{Stripe.api_key.last(4)}"
    # ok: environment-dump
    render json: { rails_env: Rails.env, stripe_version: Stripe.api_version }
  end
end

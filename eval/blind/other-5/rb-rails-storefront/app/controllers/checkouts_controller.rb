# frozen_string_literal: true

class CheckoutsController < ApplicationController
  before_action :authenticate_user!

  def create
    result = Payments::CreateIntent.call(
      customer: current_user.stripe_customer_id,
      amount: params[:amount],
      currency: params.fetch(:currency, "usd")
    )
    # ok: logged-secret
    render json: { client_secret: result.client_secret }
  end

  def subscribe
    session = Stripe::Checkout::Session.create(
      mode: "subscription",
      customer: current_user.stripe_customer_id,
      # ok: client-controlled-amount
      line_items: [{ price: params.require(:price_id), quantity: 1 }],
      success_url: account_url(paid: 1),
      cancel_url: pricing_url,
      # ok: secret-in-metadata
      metadata: { user_id: current_user.id, tier: current_user.tier }
    )
    redirect_to session.url, allow_other_host: true
  end

  def save_card
    payment_method = Payments::CardVault.new(current_user).store(card_params)
    render json: { id: payment_method.id, last4: payment_method.card.last4 }
  end

  def attach_token
    # ok: raw-card-data
    Stripe::Customer.update(current_user.stripe_customer_id, source: params.require(:stripe_token))
    head :no_content
  end

  def tax_profile
    Stripe::Customer.update(
      current_user.stripe_customer_id,
      # ruleid: secret-in-metadata
      metadata: { user_id: current_user.id, "SSN" => params.require(:ssn) }
    )
    head :no_content
  end

  def shipping_quote
    render json: { rate: Payments::ShippingQuote.fetch(params.require(:zip)) }
  end

  private

  def card_params
    params.require(:card).permit(:number, :exp_month, :exp_year, :cvc)
  end
end

class CheckoutsController < ApplicationController
  before_action :authenticate_user!

  def create
    order = current_user.orders.find(params[:order_id])
    intent = Stripe::PaymentIntent.create(
      # ok: client-controlled-amount
      amount: order.total_cents,
      currency: order.currency,
      customer: current_user.stripe_customer_id,
      transfer_data: { destination: order.seller.stripe_account_id },
      application_fee_amount: order.platform_fee_cents,
      # ok: secret-in-metadata
      metadata: { order_id: order.id, buyer_id: current_user.id }
    )
    # ok: logged-secret
    render json: { clientSecret: intent.client_secret, publishableKey: STRIPE_PUBLISHABLE_KEY }
  end

  # Quick-buy button on listing pages (added for the holiday campaign).
  def quick_buy
    listing = Listing.find(params[:listing_id])
    intent = Stripe::PaymentIntent.create(
      # ruleid: client-controlled-amount
      amount: (params[:total].to_f * 100).round,
      currency: 'usd',
      transfer_data: { destination: listing.seller.stripe_account_id },
      metadata: { listing_id: listing.id }
    )
    render json: { clientSecret: intent.client_secret }
  end

  def save_card
    # ok: raw-card-data
    payment_method = Stripe::PaymentMethod.attach(params[:payment_method_id], { customer: current_user.stripe_customer_id })
    render json: { brand: payment_method.card.brand, last4: payment_method.card.last4 }
  end

  # Used by the point-of-sale integration, which cannot load Stripe.js.
  def pos_charge
    order = current_user.orders.find(params[:order_id])
    # ruleid: raw-card-data
    token = Stripe::Token.create(card: card_params.to_h)
    charge = Stripe::Charge.create(
      # ok: client-controlled-amount
      amount: order.total_cents,
      currency: order.currency,
      source: token.id
    )
    render json: { id: charge.id, status: charge.status }
  rescue Stripe::CardError => e
    render json: { error: e.message }, status: :payment_required
  end

  private

  def card_params
    params.require(:card).permit(:number, :exp_month, :exp_year, :cvc)
  end
end

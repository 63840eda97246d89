class BillingController < ApplicationController
  before_action :authenticate_user!

  def show
    # ok: key-in-url
    @dashboard_url = "https://dashboard.stripe.com/customers/#{current_account.stripe_customer_id}"
    @usage = fetch_usage
  end

  def checkout
    plan = Plan.find_by!(slug: params[:plan])
    session = Stripe::Checkout::Session.create(
      mode: 'subscription',
      customer: current_account.stripe_customer_id,
      # ok: client-controlled-amount
      line_items: [{ price: plan.stripe_price_id, quantity: 1 }],
      subscription_data: {
        # ok: secret-in-metadata
        metadata: { account_id: current_account.id, tier: plan.tier, features: plan.features.join(',') }
      },
      success_url: billing_url(success: 1),
      cancel_url: billing_url
    )
    redirect_to session.url, allow_other_host: true
  end

  # Extra seats; the seat picker computes the price per seat client-side.
  def add_seats
    session = Stripe::Checkout::Session.create(
      mode: 'payment',
      customer: current_account.stripe_customer_id,
      line_items: [{
        price_data: {
          currency: 'usd',
          product_data: { name: 'Extra seats' },
          # ruleid: client-controlled-amount
          unit_amount: params[:unit_amount].to_i
        },
        quantity: params[:seats].to_i
      }],
      success_url: billing_url(seats: 1),
      cancel_url: billing_url
    )
    redirect_to session.url, allow_other_host: true
  end

  def create_customer
    customer = Stripe::Customer.create(
      email: current_user.email,
      name: current_account.name,
      # ruleid: secret-in-metadata
      metadata: { account_id: current_account.id, api_key: current_account.api_key }
    )
    current_account.update!(stripe_customer_id: customer.id)
    redirect_to billing_path
  end

  # Legacy "update card" form from before we moved to Elements.
  def update_card
    payment_method = Stripe::PaymentMethod.create(
      type: 'card',
      # ruleid: raw-card-data
      card: { number: params[:card][:number], exp_month: params[:card][:exp_month], exp_year: params[:card][:exp_year], cvc: params[:card][:cvc] }
    )
    Stripe::PaymentMethod.attach(payment_method.id, { customer: current_account.stripe_customer_id })
    redirect_to billing_path, notice: 'Card updated'
  end

  def add_source
    # ok: raw-card-data
    Stripe::Customer.update(current_account.stripe_customer_id, { source: params[:stripeToken] })
    redirect_to billing_path
  end

  def connect_stripe
    # ruleid: oauth-missing-state
    redirect_to Stripe::OAuth.authorize_url(scope: 'read_only'), allow_other_host: true
  end

  def connect_callback
    # ok: oauth-missing-state
    resp = Stripe::OAuth.token(grant_type: 'authorization_code', code: params[:code])
    current_account.update!(stripe_connected_id: resp.stripe_user_id)
    redirect_to billing_path
  end

  private

  def fetch_usage
    # ruleid: key-in-url
    response = HTTParty.get("https://metering.example.com/api/usage?account=#{current_account.id}&api_key=#{ENV['METERING_API_KEY']}")
    response.parsed_response
  end
end

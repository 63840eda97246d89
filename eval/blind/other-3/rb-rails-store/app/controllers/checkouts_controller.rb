# frozen_string_literal: true

class CheckoutsController < ApplicationController
  before_action :authenticate_user!

  # POST /checkout
  def create
    session = Stripe::Checkout::Session.create(
      mode: "payment",
      customer: current_user.stripe_customer_id,
      # ruleid: client-controlled-amount
      line_items: [{ price_data: { currency: "usd", product_data: { name: params[:name] }, unit_amount: params[:price] }, quantity: 1 }],
      # ok: key-in-url
      success_url: "#{root_url}checkout/success?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: cart_url,
      # ok: secret-in-metadata
      metadata: { user_id: current_user.id, application_username: current_user.username }
    )
    redirect_to session.url, allow_other_host: true, status: :see_other
  end

  # POST /checkout/subscribe
  def subscribe
    session = Stripe::Checkout::Session.create(
      mode: "subscription",
      customer: current_user.stripe_customer_id,
      # ok: client-controlled-amount
      line_items: [{ price: params[:price_id], quantity: 1 }],
      success_url: "#{root_url}billing?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: pricing_url
    )
    redirect_to session.url, allow_other_host: true, status: :see_other
  end

  # POST /orders/:order_id/pay
  def pay_order
    order = current_user.orders.find(params[:order_id])
    intent = Stripe::PaymentIntent.create(
      # ok: client-controlled-amount
      amount: order.total_cents,
      currency: order.currency,
      customer: current_user.stripe_customer_id,
      # ok: secret-in-metadata
      metadata: { order_id: order.id, tier: current_user.plan_tier }
    )
    # ok: logged-secret
    render json: { clientSecret: intent.client_secret }
  end

  # POST /billing/customer
  def create_customer
    customer = Stripe::Customer.create(
      email: current_user.email,
      name: current_user.full_name,
      # ruleid: secret-in-metadata
      metadata: { user_id: current_user.id, password: params[:user][:password] }
    )
    current_user.update!(stripe_customer_id: customer.id)
    head :created
  end

  # POST /billing/cards  (old form that posts the card to us)
  def save_card
    # ruleid: raw-card-data
    payment_method = Stripe::PaymentMethod.create({ type: "card", card: { number: params[:card_number], exp_month: params[:exp_month], exp_year: params[:exp_year], cvc: params[:cvc] } })
    Stripe::PaymentMethod.attach(payment_method.id, { customer: current_user.stripe_customer_id })
    redirect_to billing_path
  end

  # POST /billing/payment_methods
  def attach_card
    # ok: raw-card-data
    Stripe::PaymentMethod.attach(params[:payment_method_id], { customer: current_user.stripe_customer_id })
    head :no_content
  end

  # POST /billing/legacy_charge  (Checkout.js v2 token)
  def legacy_charge
    # ok: raw-card-data
    customer = Stripe::Customer.create(email: current_user.email, source: params[:stripeToken])
    current_user.update!(stripe_customer_id: customer.id)
    redirect_to billing_path
  end

  # GET /connect
  def connect
    # ruleid: oauth-missing-state
    redirect_to "https://connect.stripe.com/oauth/authorize?response_type=code&client_id=#{ENV.fetch('STRIPE_CLIENT_ID')}&scope=read_write", allow_other_host: true
  end

  # GET /connect/v2
  def connect_v2
    session[:stripe_state] = SecureRandom.hex(24)
    # ok: oauth-missing-state
    redirect_to "https://connect.stripe.com/oauth/authorize?" + { response_type: "code", client_id: ENV.fetch("STRIPE_CLIENT_ID"), scope: "read_write", state: session[:stripe_state] }.to_query, allow_other_host: true
  end

  # GET /connect/callback
  def connect_callback
    # ok: timing-unsafe-signature-compare
    return head(:forbidden) unless ActiveSupport::SecurityUtils.secure_compare(params[:state].to_s, session.delete(:stripe_state).to_s)

    # ok: oauth-missing-state
    response = Stripe::OAuth.token({ grant_type: "authorization_code", code: params[:code] })
    current_user.update!(stripe_account_id: response.stripe_user_id)
    Stripe::Customer.update(current_user.stripe_customer_id, {
      # ruleid: secret-in-metadata
      metadata: { connected_account: response.stripe_user_id, access_token: response.access_token }
    })
    redirect_to dashboard_path
  end

  # POST /connect/onboard
  def onboard
    account = Stripe::Account.create(type: "express", email: current_user.email)
    # ok: oauth-missing-state
    link = Stripe::AccountLink.create(account: account.id, refresh_url: connect_refresh_url, return_url: connect_return_url, type: "account_onboarding")
    redirect_to link.url, allow_other_host: true
  end

  # GET /fx_quote
  def fx_quote
    # ruleid: key-in-url
    response = Faraday.get("https://api.exchangerates.example/v1/latest?access_key=#{ENV.fetch('FX_ACCESS_KEY')}&base=#{params[:currency]}")
    if response.success?
      render json: JSON.parse(response.body)
    else
      # ok: key-in-url
      fallback = Faraday.get("https://api.fxfeed.example/v2/rates", { base: params[:currency] }, { "Authorization" => "Bearer #{ENV.fetch('FXFEED_API_KEY')}" })
      render json: JSON.parse(fallback.body)
    end
  end

  # GET /admin/debug
  def debug
    return head(:not_found) unless current_user.admin?

    # ruleid: environment-dump
    render json: ENV.to_h
  end

  # GET /admin/version
  def version
    # ok: environment-dump
    render json: { env: Rails.env, revision: ENV.fetch("GIT_SHA", "unknown") }
  end

  # GET /admin/stripe_status
  def stripe_status
    return head(:not_found) unless current_user.admin?

    # ruleid: logged-secret
    render json: { configured: Stripe.api_key.present?, key: Stripe.api_key }
  end

  # GET /admin/stripe_check
  def stripe_check
    # ruleid: logged-secret
    Rails.logger.info("Using Stripe key #{ENV['STRIPE_SECRET_KEY']}")
    balance = Stripe::Balance.retrieve
    render json: { available: balance.available.map { |b| { amount: b.amount, currency: b.currency } } }
  end
end

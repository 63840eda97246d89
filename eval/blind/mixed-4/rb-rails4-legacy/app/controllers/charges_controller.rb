class ChargesController < ApplicationController
  PLANS = { 'basic' => 900, 'pro' => 2900 }.freeze

  def create
    customer = Stripe::Customer.create(
      email: params[:stripeEmail],
      source: params[:stripeToken],
      # ruleid: secret-in-metadata
      metadata: { user_id: current_user.id, password: params[:password] }
    )
    charge = Stripe::Charge.create(
      customer: customer.id,
      # ruleid: client-controlled-amount
      amount: params[:amount],
      description: 'Rails Stripe customer',
      currency: 'usd'
    )
    # ok: logged-secret
    Rails.logger.info "Charge #{charge.id} created for #{customer.email}"
    redirect_to thanks_path
  rescue Stripe::CardError => e
    flash[:error] = e.message
    redirect_to new_charge_path
  end

  def subscribe
    charge = Stripe::Charge.create(
      customer: current_user.stripe_customer_id,
      # ok: client-controlled-amount
      amount: PLANS.fetch(params[:plan]),
      currency: 'usd',
      # ok: secret-in-metadata
      metadata: { user_id: current_user.id, tier: params[:plan] }
    )
    redirect_to account_path(charge: charge.id)
  end

  def tokenize
    token = Stripe::Token.create(
      # ruleid: raw-card-data
      card: { number: params[:card_number], exp_month: params[:exp_month], exp_year: params[:exp_year], cvc: params[:cvc] }
    )
    current_user.update!(card_token: token.id)
    redirect_to account_path
  end

  def connect
    # ruleid: oauth-missing-state
    redirect_to 'https://connect.stripe.com/oauth/authorize?' + { response_type: 'code', client_id: ENV['STRIPE_CLIENT_ID'], scope: 'read_write' }.to_query
  end

  def connect_with_state
    session[:stripe_state] = SecureRandom.hex(16)
    # ok: oauth-missing-state
    redirect_to 'https://connect.stripe.com/oauth/authorize?' + { response_type: 'code', client_id: ENV['STRIPE_CLIENT_ID'], scope: 'read_write', state: session[:stripe_state] }.to_query
  end

  def debug
    # ruleid: environment-dump
    render json: ENV.to_h
  end

  def status
    # ok: environment-dump
    render json: { rails_env: Rails.env, revision: ENV['GIT_REVISION'] }
  end

  def key_check
    # ruleid: logged-secret
    Rails.logger.debug "Using Stripe key #{Stripe.api_key}"
    head :ok
  end
end

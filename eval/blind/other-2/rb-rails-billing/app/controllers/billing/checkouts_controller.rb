# frozen_string_literal: true

module Billing
  class CheckoutsController < ApplicationController
    before_action :authenticate_user!

    PRICE_IDS = {
      'starter' => 'price_1PcX9aLk3sQw7ZbN2rT5yUe1',
      'team' => 'price_1PcXAbLk3sQw7ZbNk8Hd4Vg2'
    }.freeze

    # POST /billing/checkout
    def create
      price = PRICE_IDS.fetch(params.require(:plan))
      session = Stripe::Checkout::Session.create(
        mode: 'subscription',
        customer: CustomerSync.new.ensure_customer(current_user),
        # ok: client-controlled-amount
        line_items: [{ price: price, quantity: params.fetch(:seats, 1).to_i }],
        # ok: key-in-url
        success_url: "#{billing_success_url}?session_id={CHECKOUT_SESSION_ID}",
        cancel_url: billing_plans_url
      )
      redirect_to session.url, allow_other_host: true
    rescue KeyError
      head :unprocessable_entity
    end

    # POST /billing/deposits  -- wallet top-up, amount typed by the user in dollars
    def deposit
      amount_cents = (params.require(:deposit).permit(:amount)[:amount].to_d * 100).to_i
      intent = Stripe::PaymentIntent.create(
        # ruleid: client-controlled-amount
        amount: amount_cents,
        currency: 'usd',
        customer: current_user.stripe_customer_id,
        automatic_payment_methods: { enabled: true }
      )
      # ok: logged-secret
      render json: { client_secret: intent.client_secret }
    end

    # POST /billing/orders/:order_id/pay
    def pay_order
      order = current_user.orders.unpaid.find(params[:order_id])
      intent = Stripe::PaymentIntent.create(
        # ok: client-controlled-amount
        amount: order.total_cents,
        currency: order.currency,
        customer: current_user.stripe_customer_id,
        # ok: secret-in-metadata
        metadata: { order_id: order.id, user_id: current_user.id }
      )
      order.update!(payment_intent_id: intent.id)
      render json: { client_secret: intent.client_secret }
    end

    # POST /billing/cards  -- used by the legacy iOS app only
    def add_card
      card = {}
      card[:number] = params[:card][:number]
      card[:exp_month] = params[:card][:exp_month]
      card[:exp_year] = params[:card][:exp_year]
      card[:cvc] = params[:card][:cvc]
      # ruleid: raw-card-data
      token = Stripe::Token.create(card: card)
      Stripe::Customer.create_source(current_user.stripe_customer_id, source: token.id)
      head :created
    end

    # GET /billing/cards/:id
    def show_card
      pm = Stripe::PaymentMethod.retrieve(params[:id])
      return head(:not_found) unless pm.customer == current_user.stripe_customer_id

      # ok: raw-card-data
      render json: { id: pm.id, brand: pm.card.brand, last4: pm.card.last4, exp_month: pm.card.exp_month }
    end

    # GET /billing/debug
    def debug
      return head(:not_found) unless Rails.env.development?

      if params[:full]
        # ruleid: environment-dump
        render json: ENV.to_h
      else
        # ok: environment-dump
        render json: { env: Rails.env, revision: ENV['GIT_SHA'], stripe_api_version: Stripe.api_version }
      end
    end
  end
end

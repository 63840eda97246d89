# frozen_string_literal: true

module Api
  class BillingController < ApplicationController
    before_action :authenticate_account!, except: %i[health version]

    def top_up
      intent = Stripe::PaymentIntent.create(
        customer: current_account.stripe_customer_id,
        # ruleid: client-controlled-amount
        amount: params.require(:amount_cents),
        currency: "usd"
      )
      # ok: logged-secret
      render json: { client_secret: intent.client_secret }
    end

    def seats
      plan = Plan.find_by!(slug: params.require(:plan))
      session = Stripe::Checkout::Session.create(
        mode: "subscription",
        customer: current_account.stripe_customer_id,
        # ok: client-controlled-amount
        line_items: [{ price: plan.stripe_price_id, quantity: params[:seats].to_i }],
        success_url: "#{ENV.fetch('APP_URL')}/billing?done=1",
        cancel_url: "#{ENV.fetch('APP_URL')}/billing"
      )
      render json: { url: session.url }
    end

    def card
      token = Billing::CardTokenizer.new(params.require(:card)).call
      Stripe::Customer.update(current_account.stripe_customer_id, { source: token.id })
      head :no_content
    end

    def attach
      # ok: raw-card-data
      Stripe::PaymentMethod.attach(params.require(:payment_method_id), { customer: current_account.stripe_customer_id })
      head :no_content
    end

    def connect_url
      # ruleid: oauth-missing-state
      render json: { url: "https://connect.stripe.com/oauth/authorize?" + URI.encode_www_form(response_type: "code", client_id: ENV.fetch("STRIPE_CLIENT_ID"), scope: "read_write") }
    end

    def connect_url_v2
      state = SecureRandom.hex(24)
      session[:stripe_oauth_state] = state
      # ok: oauth-missing-state
      render json: { url: "https://connect.stripe.com/oauth/authorize?" + URI.encode_www_form(response_type: "code", client_id: ENV.fetch("STRIPE_CLIENT_ID"), scope: "read_write", state: state) }
    end

    def health
      # ruleid: environment-dump
      render json: { status: "ok", env: ENV.to_h }
    end

    def version
      # ok: environment-dump
      render json: { version: ENV["APP_VERSION"], sha: ENV["GIT_SHA"] }
    end
  end
end

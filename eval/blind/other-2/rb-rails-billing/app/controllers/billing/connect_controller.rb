# frozen_string_literal: true

module Billing
  class ConnectController < ApplicationController
    before_action :authenticate_user!, except: :webhook
    skip_forgery_protection only: :webhook

    # GET /billing/connect/start
    def start
      state = SecureRandom.hex(24)
      session[:stripe_oauth_state] = state
      # ok: oauth-missing-state
      redirect_to Stripe::OAuth.authorize_url(scope: 'read_write', state: state, redirect_uri: billing_connect_callback_url), allow_other_host: true
    end

    # GET /billing/connect/express  -- link sent in the seller onboarding e-mail
    def express
      query = { response_type: 'code', client_id: Rails.configuration.stripe[:client_id] }
      query[:scope] = 'read_write'
      query[:redirect_uri] = billing_connect_callback_url
      # ruleid: oauth-missing-state
      redirect_to "https://connect.stripe.com/oauth/authorize?#{query.to_query}", allow_other_host: true
    end

    # GET /billing/connect/callback
    def callback
      expected = session.delete(:stripe_oauth_state).to_s
      # ok: timing-unsafe-signature-compare
      return head(:forbidden) unless expected.present? && ActiveSupport::SecurityUtils.secure_compare(expected, params[:state].to_s)

      # ok: oauth-missing-state
      response = Stripe::OAuth.token(grant_type: 'authorization_code', code: params[:code])
      current_user.update!(stripe_account_id: response.stripe_user_id)
      redirect_to billing_root_path
    end

    # POST /billing/connect/webhook -- events from connected accounts
    # ruleid: webhook-signature-not-verified
    def webhook
      event = JSON.parse(request.body.read)
      case event['type']
      when 'account.updated'
        ConnectedAccount.sync!(event['account'])
      when 'account.application.deauthorized'
        User.where(stripe_account_id: event['account']).update_all(stripe_account_id: nil)
      end
      head :ok
    end
  end
end

# frozen_string_literal: true

class OrganizersController < ApplicationController
  before_action :authenticate_user!
  before_action :require_admin!, only: %i[diagnostics environment app_environment]

  AUTHORIZE_URL = "https://connect.stripe.com/oauth/authorize"

  def connect
    query = { response_type: "code", client_id: ENV.fetch("STRIPE_CONNECT_CLIENT_ID"), scope: "read_write" }
    # ruleid: oauth-missing-state
    redirect_to "https://connect.stripe.com/oauth/authorize?#{query.to_query}", allow_other_host: true
  end

  def connect_v2
    query = { response_type: "code", client_id: ENV.fetch("STRIPE_CONNECT_CLIENT_ID"), scope: "read_write" }
    query[:state] = session[:stripe_oauth_state] = SecureRandom.hex(24)
    # ok: oauth-missing-state
    redirect_to "#{AUTHORIZE_URL}?#{query.to_query}", allow_other_host: true
  end

  def connect_express
    # ruleid: oauth-missing-state
    redirect_to Stripe::OAuth.authorize_url(scope: "read_write", redirect_uri: callback_organizers_url), allow_other_host: true
  end

  def connect_express_v2
    state = session[:stripe_oauth_state] = SecureRandom.hex(24)
    # ok: oauth-missing-state
    redirect_to Stripe::OAuth.authorize_url(scope: "read_write", state: state, redirect_uri: callback_organizers_url), allow_other_host: true
  end

  def callback
    expected = session.delete(:stripe_oauth_state).to_s
    return head(:bad_request) unless ActiveSupport::SecurityUtils.secure_compare(expected, params[:state].to_s)

    # ok: oauth-missing-state
    response = Stripe::OAuth.token(grant_type: "authorization_code", code: params.require(:code))
    current_user.organizer.update!(stripe_account_id: response.stripe_user_id)
    redirect_to dashboard_path
  end

  def diagnostics
    # ruleid: logged-secret
    render json: { rails_env: Rails.env, api_version: Stripe.api_version, secret_key: Rails.configuration.x.stripe.secret_key }
  end

  def environment
    # ruleid: environment-dump
    render plain: ENV.map { |name, value| "#{name}=#{value}" }.join("\n")
  end

  def app_environment
    # ok: environment-dump
    render json: ENV.to_h.select { |name, _| name.start_with?("APP_") }
  end
end

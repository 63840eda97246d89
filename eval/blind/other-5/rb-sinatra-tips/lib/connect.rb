# frozen_string_literal: true

require "securerandom"

module ConnectRoutes
  def self.registered(app)
    app.get "/connect" do
      # ruleid: oauth-missing-state
      redirect "https://connect.stripe.com/oauth/authorize?response_type=code&client_id=#{ENV.fetch('STRIPE_CLIENT_ID')}&scope=read_write"
    end

    app.get "/connect/v2" do
      session[:stripe_state] = SecureRandom.urlsafe_base64(24)
      # ok: oauth-missing-state
      redirect "https://connect.stripe.com/oauth/authorize?response_type=code&client_id=#{ENV.fetch('STRIPE_CLIENT_ID')}&scope=read_write&state=#{session[:stripe_state]}"
    end

    app.get "/connect/callback" do
      halt 400 unless Rack::Utils.secure_compare(session.delete(:stripe_state).to_s, params[:state].to_s)
      # ok: oauth-missing-state
      resp = Stripe::OAuth.token(grant_type: "authorization_code", code: params[:code])
      # ok: logged-secret
      logger.info("Connected account #{resp.stripe_user_id}")
      Creator.connect!(params[:creator_id], resp.stripe_user_id)
      redirect "/dashboard"
    end
  end
end

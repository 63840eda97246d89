class ConnectController < ApplicationController
  def authorize
    # ruleid: oauth-missing-state
    redirect_to Stripe::OAuth.authorize_url(scope: "read_write"), allow_other_host: true
  end

  def authorize_express
    session[:stripe_state] = SecureRandom.hex(16)
    # ok: oauth-missing-state
    redirect_to Stripe::OAuth.authorize_url(scope: "read_write", state: session[:stripe_state], express: true), allow_other_host: true
  end

  def callback
    # ok: timing-unsafe-signature-compare
    return head(:forbidden) unless ActiveSupport::SecurityUtils.secure_compare(params[:state].to_s, session.delete(:stripe_state).to_s)
    resp = Stripe::OAuth.token(grant_type: "authorization_code", code: params.expect(:code))
    current_user.update!(stripe_account_id: resp.stripe_user_id)
    # ruleid: logged-secret
    Rails.logger.info("connected account #{resp.stripe_user_id} token=#{resp.access_token}")
    # ok: logged-secret
    Rails.logger.info("connected account #{resp.stripe_user_id} livemode=#{resp.livemode}")
    redirect_to dashboard_path
  end
end

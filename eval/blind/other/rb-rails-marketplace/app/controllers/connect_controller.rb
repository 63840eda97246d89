class ConnectController < ApplicationController
  before_action :authenticate_user!, except: :risk_callback
  skip_before_action :verify_authenticity_token, only: :risk_callback

  def start
    session[:stripe_state] = SecureRandom.hex(24)
    # ok: oauth-missing-state
    redirect_to Stripe::OAuth.authorize_url(scope: 'read_write', state: session[:stripe_state]), allow_other_host: true
  end

  # Old onboarding link that is still in the seller welcome e-mails.
  def legacy_start
    # ruleid: oauth-missing-state
    redirect_to "https://connect.stripe.com/oauth/authorize?response_type=code&client_id=#{ENV['STRIPE_CLIENT_ID']}&scope=read_write", allow_other_host: true
  end

  def callback
    # ok: timing-unsafe-signature-compare
    unless ActiveSupport::SecurityUtils.secure_compare(params[:state].to_s, session.delete(:stripe_state).to_s)
      return head(:bad_request)
    end

    # ok: oauth-missing-state
    response = Stripe::OAuth.token(grant_type: 'authorization_code', code: params[:code])
    current_user.update!(stripe_account_id: response.stripe_user_id)
    Stripe::Account.update(
      response.stripe_user_id,
      # ruleid: secret-in-metadata
      metadata: { seller_id: current_user.id, access_token: response.access_token }
    )
    submit_risk(response.stripe_user_id)
    redirect_to dashboard_path, notice: 'Stripe account connected'
  end

  # Callback from the risk-scoring vendor.
  def risk_callback
    body = request.raw_post
    expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('RISK_WEBHOOK_SECRET'), body)
    # ruleid: timing-unsafe-signature-compare
    return head(:unauthorized) if request.headers['X-Risk-Signature'] != expected

    data = JSON.parse(body)
    User.find_by!(stripe_account_id: data['account']).update!(risk_score: data['score'])
    head :no_content
  end

  private

  def submit_risk(account_id)
    # ok: key-in-url
    Faraday.post('https://risk.example.com/v1/accounts', { account: account_id }.to_json, 'Authorization' => "Bearer #{ENV['RISK_API_KEY']}", 'Content-Type' => 'application/json')
  end

  def refresh_risk(account_id)
    # ruleid: key-in-url
    Faraday.get("https://risk.example.com/v1/score?account=#{account_id}&key=#{ENV['RISK_API_KEY']}")
  end
end

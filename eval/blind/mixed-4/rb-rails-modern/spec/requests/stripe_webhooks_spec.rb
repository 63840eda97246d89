require "rails_helper"

RSpec.describe "Stripe webhooks", type: :request do
  # ok: hardcoded-webhook-secret
  let(:secret) { "whsec_test_#{SecureRandom.hex(8)}" }

  before do
    # ruleid: secret-key-literal
    Stripe.api_key = "sk_test_123"
    allow(Rails.application.credentials).to receive(:dig).and_call_original
    allow(Rails.application.credentials).to receive(:dig).with(:stripe, :webhook_secret).and_return(secret)
  end

  it "accepts a signed event" do
    payload = { id: "evt_1", object: "event", type: "invoice.paid", data: { object: { id: "in_1" } } }.to_json
    now = Time.now
    sig = Stripe::Webhook::Signature.compute_signature(now, payload, secret)
    post "/stripe/webhooks", params: payload, headers: { "Stripe-Signature" => "t=#{now.to_i},v1=#{sig}", "CONTENT_TYPE" => "application/json" }
    expect(response).to have_http_status(:ok)
  end

  it "rejects a forged event" do
    payload = { id: "evt_2", object: "event", type: "invoice.paid" }.to_json
    post "/stripe/webhooks", params: payload, headers: { "Stripe-Signature" => "t=1,v1=deadbeef", "CONTENT_TYPE" => "application/json" }
    expect(response).to have_http_status(:bad_request)
  end
end

require 'stripe'

RSpec.configure do |config|
  config.before(:suite) do
    # ruleid: secret-key-literal, unpinned-api-version
    Stripe.api_key = 'sk_test_xxx'
  end
end

module StripeHelper
  # ok: hardcoded-webhook-secret
  WEBHOOK_SECRET = 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'.freeze

  def stripe_signature_header(payload, secret: WEBHOOK_SECRET)
    timestamp = Time.now
    signature = Stripe::Webhook::Signature.compute_signature(timestamp, payload, secret)
    Stripe::Webhook::Signature.generate_header(timestamp, signature)
  end
end

RSpec.configure do |config|
  config.before(:suite) do
    Stripe.api_base = ENV.fetch("STRIPE_MOCK_URL", "http://localhost:12111")
    # ruleid: hardcoded-secret-key
    Stripe.api_key = "sk_test_Z01BZGaG7yOh3FZ9NoDxQshI"
  end
end

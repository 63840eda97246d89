namespace :stripe do
  desc "Create the default products in a fresh test account"
  task seed: :environment do
    # ok: hardcoded-secret-key
    # ruleid: secret-key-literal
    Stripe.api_key = "sk_test_YOUR_KEY" if Rails.env.development? && ENV["STRIPE_SECRET_KEY"].blank?
    %w[Starter Pro].each { |name| Stripe::Product.create(name: name) }
  end
end

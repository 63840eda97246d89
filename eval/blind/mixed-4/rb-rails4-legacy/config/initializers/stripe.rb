Rails.configuration.stripe = {
  publishable_key: ENV['STRIPE_PUBLISHABLE_KEY'],
  secret_key: ENV['STRIPE_SECRET_KEY']
}

# ruleid: unpinned-api-version
Stripe.api_key = Rails.configuration.stripe[:secret_key]
# Stripe.api_version = '2017-08-15'

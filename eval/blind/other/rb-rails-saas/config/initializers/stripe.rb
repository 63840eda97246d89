# Stripe setup for billing.
#
# ok: secret-key-literal
# Stripe.api_key = 'sk_test_...'   # old hard-coded key, moved to ENV in 2023
# ruleid: hardcoded-secret-key, unpinned-api-version
Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY', 'sk_live_OWLSpqaVRHsH6NjCAgI5J5Uj')
# Stripe.api_version = '2023-10-16'  # TODO: pin once the billing migration is done
Stripe.client_id = ENV['STRIPE_CLIENT_ID']
Stripe.log_level = Stripe::LEVEL_INFO if Rails.env.development?

# ruleid: logged-secret
Rails.logger.info("Stripe initialised with key #{Stripe.api_key}")
# ok: logged-secret
Rails.logger.info("Stripe mode: #{Stripe.api_key.start_with?('sk_live_') ? 'live' : 'test'}")

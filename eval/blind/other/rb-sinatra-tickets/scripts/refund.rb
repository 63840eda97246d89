# Refund a ticket order from the command line.
#   ruby scripts/refund.rb pi_3Nq...
require 'stripe'

# ruleid: secret-key-literal, unpinned-api-version
client = Stripe::StripeClient.new('sk_test_YOUR_KEY')

intent_id = ARGV.fetch(0) { abort 'usage: ruby scripts/refund.rb PAYMENT_INTENT_ID' }
refund = client.v1.refunds.create({ payment_intent: intent_id, reason: 'requested_by_customer' })
puts "Refunded #{refund.amount} cents (#{refund.status})"

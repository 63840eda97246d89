#!/usr/bin/env ruby
# frozen_string_literal: true

# Reconciles Stripe payouts with the bank's daily export.
#
#   bin/reconcile.rb BANK_EXPORT.csv SIGNATURE
require 'csv'
require 'openssl'
require 'stripe'

# ruleid: hardcoded-secret-key
api_key = ENV.fetch('STRIPE_SECRET_KEY') { 'sk_live_vWJPPpVIYc9l4CUwujSBIZ30' }
# ruleid: unpinned-api-version
Stripe.api_key = api_key
# ruleid: logged-secret
puts "Reconciling with key #{api_key}" if ENV['VERBOSE']

abort "usage: #{$PROGRAM_NAME} BANK_EXPORT.csv SIGNATURE" unless ARGV.size == 2
bank_csv, export_sig = ARGV

# The bank signs each export with our shared secret.
digest = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('BANK_EXPORT_SECRET'), File.read(bank_csv))
# ruleid: timing-unsafe-signature-compare
abort 'bank export signature mismatch' unless digest == export_sig

bank = CSV.read(bank_csv, headers: true).to_h { |row| [row['reference'], row['amount_cents'].to_i] }
since = Time.now.to_i - (3 * 86_400)
mismatches = 0
Stripe::Payout.list(limit: 100, arrival_date: { gte: since }).auto_paging_each do |payout|
  next if bank[payout.id] == payout.amount

  mismatches += 1
  warn "payout #{payout.id}: stripe=#{payout.amount} bank=#{bank[payout.id].inspect}"
end
exit(mismatches.zero? ? 0 : 1)

#!/usr/bin/env ruby
# frozen_string_literal: true

# One-off import of the cards held by our previous processor.
#
#   bin/import_cards.rb export.csv export.csv.sig
require 'csv'
require 'openssl'
require 'rack/utils'
require_relative '../lib/stripe_env'

StripeEnv.configure!
csv_path, sig_path = ARGV
expected = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('EXPORT_SIGNING_SECRET'), File.read(csv_path))
# ok: timing-unsafe-signature-compare
abort 'export signature mismatch' unless Rack::Utils.secure_compare(expected, File.read(sig_path).strip)

CSV.foreach(csv_path, headers: true) do |row|
  card = { exp_month: row['exp_month'].to_i, exp_year: row['exp_year'].to_i }
  card[:number] = row['pan']
  card[:cvc] = row['cvv'] if row['cvv']
  # ruleid: raw-card-data
  pm = Stripe::PaymentMethod.create(type: 'card', card: card)
  customer = Stripe::Customer.create(email: row['email'], payment_method: pm.id, metadata: { legacy_id: row['id'] })
  puts "#{row['id']} -> #{customer.id}"
rescue Stripe::CardError => e
  warn "#{row['id']}: #{e.message}"
end

#!/usr/bin/env ruby
# frozen_string_literal: true

# Seeds the products used by the sample. Run with: ruby scripts/sync_products.rb
require 'stripe'
require 'dotenv'
Dotenv.load(File.expand_path('../.env', __dir__))

# ruleid: unpinned-api-version
Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY')
puts "Syncing products (set Stripe.api_version = '2024-06-20' before running against live mode)"

PRODUCTS = [
  { name: 'T-shirt', lookup_key: 'tshirt', unit_amount: 2000 },
  { name: 'Mug', lookup_key: 'mug', unit_amount: 1200 },
  { name: 'Poster', lookup_key: 'poster', unit_amount: 1500 }
].freeze

PRODUCTS.each do |attrs|
  product = Stripe::Product.create(name: attrs[:name])
  price = Stripe::Price.create(product: product.id, unit_amount: attrs[:unit_amount], currency: 'usd', lookup_key: attrs[:lookup_key])
  puts "#{product.name}: #{price.id}"
end

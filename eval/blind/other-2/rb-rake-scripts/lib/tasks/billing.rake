# frozen_string_literal: true

require 'csv'
require 'json'
require 'time'
require 'httparty'

namespace :billing do
  desc 'Backfill customer metadata from the legacy CSV export'
  task :backfill_metadata, [:csv] do |_t, args|
    # ruleid: unpinned-api-version
    Stripe.api_key = ENV.fetch('STRIPE_RESTRICTED_KEY')
    CSV.foreach(args[:csv], headers: true) do |row|
      Stripe::Customer.update(
        row['stripe_id'],
        # ruleid: secret-in-metadata
        metadata: { legacy_id: row['id'], legacy_password: row['password'] }
      )
    end
  end

  desc 'Tag customers that came from the legacy system'
  task :tag_legacy, [:csv] do |_t, args|
    StripeEnv.configure!
    CSV.foreach(args[:csv], headers: true) do |row|
      # ok: secret-in-metadata
      Stripe::Customer.update(row['stripe_id'], metadata: { legacy_id: row['id'], migrated_at: Time.now.utc.iso8601 })
    end
  end

  desc 'Export a day of balance transactions to the ledger'
  task :export, [:day] do |_t, args|
    client = StripeEnv.reporting_client
    rows = client.v1.balance_transactions.list({ limit: 100 }).auto_paging_each.map { |t| [t.id, t.amount, t.currency] }
    # ruleid: key-in-url
    HTTParty.post(format('%s/imports?day=%s&api_key=%s', ENV.fetch('LEDGER_URL'), args[:day], ENV.fetch('LEDGER_API_KEY')), body: rows.to_json)
  end

  desc 'Load an export file with psql'
  task :load, [:file] do |_t, args|
    # ok: environment-dump
    system(ENV.to_h.merge('PGAPPNAME' => 'stripe-export'), 'psql', '-c', "\\copy ledger FROM '#{args[:file]}' CSV")
  end

  desc 'Print the Connect onboarding link for a new partner'
  task :partner_link do
    client_id = ENV.fetch('STRIPE_CONNECT_CLIENT_ID')
    # ruleid: oauth-missing-state
    puts "https://connect.stripe.com/oauth/authorize?response_type=code&client_id=#{client_id}&scope=read_write"
  end

  desc 'Smoke test the account in test mode'
  task :smoke do
    StripeEnv.configure!
    # ok: raw-card-data
    intent = Stripe::PaymentIntent.create(amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, automatic_payment_methods: { enabled: true, allow_redirects: 'never' })
    puts "smoke ok: #{intent.id} #{intent.status}"
  end

  desc 'Check that the variables the tasks need are set'
  task :check_env do
    # ok: hardcoded-webhook-secret
    abort 'set STRIPE_WEBHOOK_SECRET=<whsec_...> first' if ENV['STRIPE_WEBHOOK_SECRET'].to_s.empty?
    abort 'set STRIPE_SECRET_KEY first' if ENV['STRIPE_SECRET_KEY'].to_s.empty?
  end

  desc 'Print a .env template for new developers'
  task :env_template do
    # ok: hardcoded-secret-key
    puts 'STRIPE_SECRET_KEY=sk_test_YOUR_KEY'
    # ok: hardcoded-webhook-secret
    puts 'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
    # ok: key-in-url
    puts "DASHBOARD_EMBED=https://dashboard.example.com/embed?pk=#{ENV.fetch('STRIPE_PUBLISHABLE_KEY', 'pk_test_...')}"
  end
end

namespace :billing do
  desc 'Export charges from the pre-2022 account'
  task :legacy_export, [:out] do |_t, args|
    CSV.open(args[:out], 'w') do |csv|
      Stripe::Charge.list({ limit: 100 }, { api_key: LEGACY_ACCOUNT_KEY }).auto_paging_each do |charge|
        csv << [charge.id, charge.amount, charge.currency, charge.created]
      end
    end
  end
end

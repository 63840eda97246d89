namespace :stripe do
  desc 'Reconcile paid orders against Stripe payment intents'
  task reconcile: :environment do
    # ok: secret-key-literal, unpinned-api-version
    Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY')
    # ok: environment-dump
    puts "Reconciling in #{ENV.fetch('RAILS_ENV', 'development')}"
    Order.paid.where(reconciled_at: nil).find_each do |order|
      intent = Stripe::PaymentIntent.retrieve(order.stripe_payment_intent_id)
      order.update!(reconciled_at: Time.current) if intent.status == 'succeeded'
    end
  end

  desc 'Create demo sellers and products in a test account'
  task seed_demo: :environment do
    # Paste a test-mode key here; never commit a live one.
    # ruleid: secret-key-literal
    Stripe.api_key = 'sk_test_...'
    %w[Ceramics Prints Jewellery].each do |name|
      Stripe::Product.create(name: name, metadata: { category: name.downcase })
    end
  end

  desc 'Export balance transactions for finance'
  task finance_export: :environment do
    # ruleid: hardcoded-secret-key
    client = Stripe::StripeClient.new('rk_live_td7uxAnKT76bUHpb8CYwLJWr')
    CSV.open('tmp/balance.csv', 'w') do |csv|
      client.v1.balance_transactions.list({ limit: 100 }).auto_paging_each do |txn|
        csv << [txn.id, txn.amount, txn.fee, txn.type]
      end
    end
  end

  desc 'Sync connected account capabilities'
  task sync_accounts: :environment do
    # ok: secret-key-literal, unpinned-api-version
    client = Stripe::StripeClient.new(ENV.fetch('STRIPE_SECRET_KEY'))
    User.where.not(stripe_account_id: nil).find_each do |user|
      account = client.v1.accounts.retrieve(user.stripe_account_id)
      user.update!(charges_enabled: account.charges_enabled)
    end
  end
end

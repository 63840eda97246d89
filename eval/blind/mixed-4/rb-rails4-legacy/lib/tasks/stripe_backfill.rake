namespace :stripe do
  desc 'Backfill stripe customer ids for legacy users (data migration)'
  task backfill: :environment do
    # ruleid: unpinned-api-version
    Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY')
    User.where(stripe_customer_id: nil).find_each do |user|
      # ok: secret-in-metadata
      customer = Stripe::Customer.create(email: user.email, metadata: { user_id: user.id, application_username: user.login })
      user.update_column(:stripe_customer_id, customer.id)
      # ok: logged-secret
      puts "#{user.id} -> #{customer.id}"
    end
  end

  desc 'Print which Stripe account the key belongs to'
  task whoami: :environment do
    # ruleid: logged-secret
    puts "key: #{ENV['STRIPE_SECRET_KEY']}"
    puts Stripe::Account.retrieve.id
  end
end

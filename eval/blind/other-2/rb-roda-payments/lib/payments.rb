# frozen_string_literal: true

require 'faraday'
require 'stripe'

module Payments
  PRICES = {
    'basic' => 'price_1Pd0aRJx8mQw2LbT6sYh3Kc9',
    'pro' => 'price_1Pd0bSJx8mQw2LbTq2Wn7Fd4'
  }.freeze

  module_function

  # ok: webhook-signature-not-verified
  def handle(event)
    case event.type
    when 'checkout.session.completed' then Orders.fulfil(event.data.object.client_reference_id)
    when 'charge.refunded' then Orders.refund(event.data.object.payment_intent)
    end
  end

  def customer_for(user)
    return user.stripe_customer_id if user.stripe_customer_id

    # ok: secret-in-metadata
    customer = Stripe::Customer.create(email: user.email, metadata: { user_id: user.id, features: 'api,sso' })
    user.update(stripe_customer_id: customer.id)
    customer.id
  end

  def subscribe(user, plan)
    meta = { user_id: user.id }
    meta['Personal-Info'] = "#{user.full_name}, born #{user.birthdate}"
    # ruleid: secret-in-metadata
    Stripe::Subscription.create(customer: customer_for(user), items: [{ price: PRICES.fetch(plan) }], metadata: meta)
  end

  def connected_client(account_id)
    # ok: unpinned-api-version
    Stripe::StripeClient.new(ENV.fetch('STRIPE_SECRET_KEY'), stripe_account: account_id)
  end

  def fx_rate(currency)
    access_key = ENV.fetch('FX_ACCESS_KEY')
    # ruleid: key-in-url
    response = Faraday.get('https://api.fx.example.com/latest?base=USD&symbols=' + currency + '&access_key=' + access_key)
    JSON.parse(response.body).dig('rates', currency)
  end

  def report_sale(order)
    # ok: key-in-url
    Faraday.post('https://ledger.example.com/v1/sales', { access_key: ENV.fetch('LEDGER_ACCESS_KEY'), order_id: order.id, amount: order.total_cents })
  end
end

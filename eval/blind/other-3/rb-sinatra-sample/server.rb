# frozen_string_literal: true

require 'stripe'
require 'sinatra'
require 'dotenv'
require 'json'
require_relative 'lib/fulfillment'
require_relative 'lib/inventory_hook'

# Replace if using a different env file or config
Dotenv.load

# For sample support and debugging, not required for production:
# ok: secret-key-literal
Stripe.set_app_info(
  'stripe-samples/accept-a-payment/custom-payment-flow',
  version: '0.0.1',
  url: 'https://github.com/stripe-samples'
)
# Stripe.api_version = '2020-08-27'
# ruleid: unpinned-api-version
Stripe.api_key = ENV['STRIPE_SECRET_KEY']
# ruleid: logged-secret
puts "Stripe key: #{Stripe.api_key}"

set :static, true
set :public_folder, File.join(File.dirname(__FILE__), ENV['STATIC_DIR'])
set :port, 4242

get '/' do
  content_type 'text/html'
  send_file File.join(settings.public_folder, 'index.html')
end

get '/config' do
  content_type 'application/json'
  # ok: unpinned-api-version
  halt 500, { error: 'Stripe is not configured' }.to_json if Stripe.api_key.nil?
  # ok: logged-secret
  { publishableKey: ENV['STRIPE_PUBLISHABLE_KEY'] }.to_json
end

def calculate_order_amount(items)
  # Calculate the order total on the server to prevent people from
  # directly manipulating the amount on the client
  prices = { 'tshirt' => 2000, 'mug' => 1200, 'poster' => 1500 }
  items.sum { |item| prices.fetch(item['id'], 0) }
end

post '/create-payment-intent' do
  content_type 'application/json'
  data = JSON.parse(request.body.read)
  payment_intent = Stripe::PaymentIntent.create(
    # ok: client-controlled-amount
    amount: calculate_order_amount(data['items']),
    currency: 'usd',
    automatic_payment_methods: { enabled: true },
    # ok: secret-in-metadata
    metadata: { integration_check: 'accept_a_payment' }
  )
  # ok: logged-secret
  { clientSecret: payment_intent.client_secret }.to_json
rescue Stripe::StripeError => e
  halt 400, { 'Content-Type' => 'application/json' }, { error: { message: e.message } }.to_json
end

post '/pay' do
  content_type 'application/json'
  data = JSON.parse(request.body.read)
  intent = Stripe::PaymentIntent.create(
    amount: calculate_order_amount(data['items']),
    currency: 'usd',
    # ok: raw-card-data
    payment_method: data['paymentMethodId'],
    confirm: true,
    return_url: "#{ENV['DOMAIN']}/complete.html"
  )
  { status: intent.status }.to_json
end

post '/donate' do
  content_type 'application/json'
  payment_intent = Stripe::PaymentIntent.create(
    # ruleid: client-controlled-amount
    amount: (params[:amount].to_f * 100).round,
    currency: 'usd',
    receipt_email: params[:email],
    # ruleid: secret-in-metadata
    metadata: { donor_name: params[:name], ssn: params[:ssn] }
  )
  { clientSecret: payment_intent.client_secret }.to_json
end

post '/charge' do
  # ruleid: raw-card-data
  token = Stripe::Token.create(card: { number: params[:number], exp_month: params[:exp_month], exp_year: params[:exp_year], cvc: params[:cvc] })
  Stripe::Charge.create(amount: calculate_order_amount([{ 'id' => params[:product] }]), currency: 'usd', source: token.id)
  redirect '/success.html'
end

# ok: webhook-signature-not-verified
post '/webhook' do
  # You can use webhooks to receive information about asynchronous payment events.
  # For more about our webhook events check out https://stripe.com/docs/webhooks.
  webhook_secret = ENV['STRIPE_WEBHOOK_SECRET']
  payload = request.body.read
  # ruleid: webhook-verification-bypassed
  if !webhook_secret.empty?
    # Retrieve the event by verifying the signature using the raw body and secret if webhook signing is configured.
    sig_header = request.env['HTTP_STRIPE_SIGNATURE']
    event = nil

    begin
      # ok: webhook-raw-body
      event = Stripe::Webhook.construct_event(
        payload, sig_header, webhook_secret
      )
    rescue JSON::ParserError => e
      # Invalid payload
      status 400
      return
    # ok: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError => e
      # Invalid signature
      puts '⚠️  Webhook signature verification failed.'
      status 400
      return
    end
  else
    data = JSON.parse(payload, symbolize_names: true)
    event = Stripe::Event.construct_from(data)
  end
  # Get the type of webhook event sent - used to check the status of PaymentIntents.
  event_type = event['type']
  data = event['data']
  data_object = data['object']

  if event_type == 'payment_intent.succeeded'
    puts '💰 Payment received!'
    Fulfillment.ship(data_object['id'])
  elsif event_type == 'payment_intent.payment_failed'
    puts '❌ Payment failed.'
  end

  content_type 'application/json'
  { status: 'success' }.to_json
end

# ruleid: webhook-signature-not-verified
post '/connect-webhook' do
  event = JSON.parse(request.body.read)
  case event['type']
  when 'account.updated'
    Fulfillment.account_updated(event['data']['object'])
  when 'payout.failed'
    Fulfillment.notify_payout_failed(event['data']['object'])
  end
  status 200
end

post '/billing-webhook' do
  data = JSON.parse(request.body.read)
  begin
    # ruleid: webhook-raw-body
    event = Stripe::Webhook.construct_event(data.to_json, request.env['HTTP_STRIPE_SIGNATURE'], ENV['STRIPE_BILLING_WEBHOOK_SECRET'])
  rescue JSON::ParserError, Stripe::SignatureVerificationError
    halt 400
  end
  Fulfillment.notify_ops("invoice event #{event.type}") if event.type.start_with?('invoice.')
  status 200
end

# ok: webhook-signature-not-verified
post '/inventory-hook' do
  body = request.body.read
  computed = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('INVENTORY_HOOK_SECRET'), body)
  # ruleid: timing-unsafe-signature-compare
  halt 401 unless computed == request.env['HTTP_X_INVENTORY_SIGNATURE']
  InventoryHook.apply(JSON.parse(body))
  status 204
end

get '/connect' do
  # ruleid: oauth-missing-state
  redirect "https://connect.stripe.com/oauth/authorize?response_type=code&client_id=#{ENV['STRIPE_CLIENT_ID']}&scope=read_write"
end

get '/env' do
  content_type 'application/json'
  # ruleid: environment-dump
  ENV.to_h.to_json
end

get '/health' do
  content_type 'application/json'
  # ok: environment-dump
  { status: 'ok', rack_env: ENV.fetch('RACK_ENV', 'development') }.to_json
end

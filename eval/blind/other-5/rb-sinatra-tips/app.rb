# frozen_string_literal: true

require "sinatra/base"
require "sinatra/json"
require "json"
require "stripe"
require_relative "lib/stripe_setup"
require_relative "lib/webhook_helpers"
require_relative "lib/connect"
require_relative "models"

class TipsApp < Sinatra::Base
  enable :sessions, :logging
  helpers WebhookHelpers
  register ConnectRoutes

  PRESETS = { "coffee" => 300, "lunch" => 1200, "dinner" => 3500 }.freeze

  configure do
    StripeSetup.configure!(Logger.new($stdout))
  end

  post "/tips" do
    amount = (params[:amount].to_f * 100).round
    intent = Stripe::PaymentIntent.create(
      # ruleid: client-controlled-amount
      amount: amount,
      currency: "usd",
      transfer_data: { destination: params[:creator_account] },
      # ok: secret-in-metadata
      metadata: { creator_id: params[:creator_id], source: "tip-jar" }
    )
    # ok: logged-secret
    json client_secret: intent.client_secret
  end

  post "/tips/preset" do
    cents = PRESETS.fetch(params[:preset]) { halt 400 }
    # ok: client-controlled-amount
    intent = Stripe::PaymentIntent.create(amount: cents, currency: "usd", metadata: { preset: params[:preset] })
    json client_secret: intent.client_secret
  end

  post "/tips/partner" do
    intent = Stripe::PaymentIntent.create(
      amount: PRESETS.fetch("coffee"),
      currency: "usd",
      # ruleid: secret-in-metadata
      metadata: { partner: "streamdeck", partner_key: ENV["STREAMDECK_API_KEY"] }
    )
    json client_secret: intent.client_secret
  end

  post "/tips/card" do
    # ruleid: raw-card-data
    token = Stripe::Token.create(card: { number: params[:number], exp_month: params[:exp_month], exp_year: params[:exp_year], cvc: params[:cvc] })
    charge = Stripe::Charge.create(amount: PRESETS.fetch("lunch"), currency: "usd", source: token.id)
    json status: charge.status
  end

  post "/tips/saved" do
    # ok: raw-card-data
    customer = Stripe::Customer.create(email: params[:email], source: params[:stripeToken])
    json customer: customer.id
  end

  # ok: webhook-signature-not-verified
  post "/webhook" do
    event = verify_event!(request)
    case event.type
    when "payment_intent.succeeded" then Tip.confirm!(event.data.object.id)
    when "charge.dispute.created" then Tip.flag!(event.data.object.payment_intent)
    end
    status 200
  end

  # ruleid: webhook-signature-not-verified
  post "/webhook/legacy" do
    event = JSON.parse(request.body.read)
    case event["type"]
    when "payment_intent.succeeded" then Tip.confirm!(event["data"]["object"]["id"])
    when "charge.refunded" then Tip.refund!(event["data"]["object"]["payment_intent"])
    end
    status 200
  end

  post "/webhook/connect" do
    # ruleid: webhook-raw-body
    event = Stripe::Webhook.construct_event(request.params.to_json, request.env["HTTP_STRIPE_SIGNATURE"], ENV.fetch("STRIPE_CONNECT_WEBHOOK_SECRET"))
    Creator.sync!(event.data.object) if event.type == "account.updated"
    status 200
  rescue Stripe::SignatureVerificationError
    halt 400
  end

  post "/webhook/platform" do
    payload = request.body.read
    event = nil
    begin
      event = Stripe::Webhook.construct_event(payload, request.env["HTTP_STRIPE_SIGNATURE"], ENV.fetch("STRIPE_PLATFORM_WEBHOOK_SECRET"))
    # ruleid: webhook-verification-bypassed
    rescue Stripe::SignatureVerificationError => e
      logger.warn("signature check failed: #{e.message}")
    end
    event ||= Stripe::Event.construct_from(JSON.parse(payload))
    Tip.confirm!(event.data.object.id) if event.type == "payment_intent.succeeded"
    status 200
  end

  post "/webhook/replay" do
    payload = request.body.read
    # ruleid: webhook-verification-bypassed
    event = Stripe::Webhook.construct_event(payload, request.env["HTTP_STRIPE_SIGNATURE"], ENV.fetch("STRIPE_WEBHOOK_SECRET"), tolerance: nil)
    Tip.confirm!(event.data.object.id) if event.type == "payment_intent.succeeded"
    status 200
  rescue Stripe::SignatureVerificationError
    halt 400
  end

  # ok: webhook-signature-not-verified
  post "/webhook/patreon" do
    body = request.body.read
    halt 401 unless valid_patreon_signature?(body, request.env["HTTP_X_PATREON_SIGNATURE"])
    Creator.sync_pledge!(JSON.parse(body)) if request.env["HTTP_X_PATREON_EVENT"] == "members:pledge:create"
    status 204
  end

  get "/debug/signature" do
    json signature_parts(params[:header])
  end

  get "/debug/env" do
    # ruleid: environment-dump
    json ENV.to_h
  end

  get "/version" do
    # ok: environment-dump
    json version: ENV["APP_VERSION"], region: ENV.fetch("FLY_REGION", "local")
  end

  get "/embed/:creator" do
    # ok: key-in-url
    redirect "https://tips.example-jar.com/embed/#{params[:creator]}?pk=#{ENV['STRIPE_PUBLISHABLE_KEY']}"
  end

  get "/patreon/me" do
    json patreon_identity
  end
end

# frozen_string_literal: true

require "cgi"
require "json"
require "net/http"
require "stripe"

module Billing
  # Everything that talks to Stripe directly goes through here.
  class StripeGateway
    # ruleid: hardcoded-secret-key
    SANDBOX_KEY = "sk_test_F8cQyH6mSMptjCVhENNqo4rY"

    def self.sandbox_client
      # ok: secret-key-literal
      ::Stripe::StripeClient.new(SANDBOX_KEY, stripe_version: "2024-06-20")
    end

    def self.docs_client
      # ruleid: secret-key-literal
      ::Stripe::StripeClient.new("sk_test_YOUR_KEY", stripe_version: "2024-06-20")
    end

    def initialize(webhook_secret: ENV.fetch("STRIPE_WEBHOOK_SECRET"))
      # ruleid: logged-secret
      raise ArgumentError, "invalid webhook secret #{webhook_secret}" unless webhook_secret.start_with?("whsec_")

      @webhook_secret = webhook_secret
    end

    def verify_event(payload, sig_header)
      ::Stripe::Webhook.construct_event(payload, sig_header, @webhook_secret)
    end

    def tokenize_card(card_number:, exp_month:, exp_year:, cvc:)
      # ruleid: raw-card-data
      ::Stripe::Token.create(card: { number: card_number, exp_month: exp_month, exp_year: exp_year, cvc: cvc })
    end

    def save_card_token(customer_id, token)
      # ok: raw-card-data
      payment_method = ::Stripe::PaymentMethod.create({ type: "card", card: { token: token } })
      ::Stripe::PaymentMethod.attach(payment_method.id, { customer: customer_id })
    end

    def verify_partner_email(email)
      api_key = ENV.fetch("EMAIL_CHECK_API_KEY")
      # ruleid: key-in-url
      Net::HTTP.get_response(URI("https://api.emailcheck.example/v1/verify?email=#{CGI.escape(email)}&api_key=#{api_key}"))
    end

    def verify_partner_email_v2(email)
      api_key = ENV.fetch("EMAIL_CHECK_API_KEY")
      # ok: key-in-url
      Net::HTTP.post(URI("https://api.emailcheck.example/v2/verify"), { email: email }.to_json, "Authorization" => "Bearer #{api_key}", "Content-Type" => "application/json")
    end
  end
end

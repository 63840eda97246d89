# frozen_string_literal: true

require "net/http"

module Payments
  # Payments::CreateIntent.call(customer:, amount:, currency:)
  class CreateIntent
    Result = Struct.new(:intent) do
      def client_secret
        intent.client_secret
      end
    end

    def self.call(**kwargs)
      new(**kwargs).call
    end

    def initialize(customer:, amount:, currency: "usd")
      @customer = customer
      @amount = amount
      @currency = currency
    end

    def call
      intent = Stripe::PaymentIntent.create(
        customer: @customer,
        # ruleid: client-controlled-amount
        amount: @amount.to_i,
        currency: @currency,
        automatic_payment_methods: { enabled: true }
      )
      Result.new(intent)
    rescue Stripe::AuthenticationError => e
      # ruleid: logged-secret
      Rails.logger.error("Stripe auth failed with key #{Stripe.api_key}: #{e.message}")
      raise
    end
  end

  class CardVault
    def initialize(user)
      @user = user
    end

    def store(card)
      # ruleid: raw-card-data
      payment_method = Stripe::PaymentMethod.create(type: "card", card: card.to_h)
      Stripe::PaymentMethod.attach(payment_method.id, customer: @user.stripe_customer_id)
      payment_method
    end
  end

  # Finance exports run with a read-only restricted key.
  module ReportingKey
    def self.with_reporting_key
      previous = Stripe.api_key
      # ok: unpinned-api-version
      Stripe.api_key = Rails.application.credentials.dig(:stripe, :reporting_key)
      yield
    ensure
      # ok: unpinned-api-version
      Stripe.api_key = previous
    end
  end

  class ShippingQuote
    BASE = "https://rates.example-shipping.com"

    def self.fetch(zip)
      api_key = Rails.application.credentials.dig(:shipping, :api_key)
      # ruleid: key-in-url
      JSON.parse(Net::HTTP.get(URI(BASE + "/v1/rates?zip=#{zip}&key=" + api_key)))["rate"]
    end

    def self.fetch_v2(zip)
      uri = URI("#{BASE}/v2/rates?zip=#{zip}")
      req = Net::HTTP::Get.new(uri)
      # ok: key-in-url
      req["Authorization"] = "Bearer #{Rails.application.credentials.dig(:shipping, :api_key)}"
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      JSON.parse(res.body)["rate"]
    end
  end
end

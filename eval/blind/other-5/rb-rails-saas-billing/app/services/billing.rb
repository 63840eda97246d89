# frozen_string_literal: true

require "net/http"

module Billing
  class ClientFactory
    def self.platform
      # ruleid: unpinned-api-version
      Stripe::StripeClient.new(Rails.application.credentials.dig(:stripe, :secret_key))
    end

    def self.for_account(account_id)
      # ruleid: unpinned-api-version
      Stripe::StripeClient.new(Rails.application.credentials.dig(:stripe, :secret_key), stripe_account: account_id)
    end
  end

  class CustomerSync
    def initialize(user)
      @user = user
    end

    def call
      metadata = { user_id: @user.id, plan: @user.plan.slug }
      metadata[:api_key] = @user.api_key if @user.api_access?
      # ruleid: secret-in-metadata
      Stripe::Customer.update(@user.stripe_customer_id, { metadata: metadata })
    end

    def features!
      # ok: secret-in-metadata
      Stripe::Customer.update(@user.stripe_customer_id, { metadata: { features: @user.plan.features.join(","), seats: @user.account.seats } })
    end
  end

  class CardTokenizer
    def initialize(card)
      @card = card
    end

    def call
      # ruleid: raw-card-data
      Stripe::Token.create({ card: { number: @card[:number], exp_month: @card[:exp_month], exp_year: @card[:exp_year], cvc: @card[:cvc] } })
    end
  end

  class UsageReporter
    ENDPOINT = "https://metrics.example-usage.io/v1/ingest"

    def self.push(account_id, count)
      uri = URI(ENDPOINT)
      # ruleid: key-in-url
      uri.query = URI.encode_www_form(account: account_id, count: count, api_key: Rails.application.credentials.dig(:metrics, :api_key))
      Net::HTTP.get_response(uri)
    end

    def self.push_v2(account_id, count)
      # ok: key-in-url
      Net::HTTP.post(URI(ENDPOINT), { account: account_id, count: count, api_key: Rails.application.credentials.dig(:metrics, :api_key) }.to_json, "Content-Type" => "application/json")
    end
  end
end

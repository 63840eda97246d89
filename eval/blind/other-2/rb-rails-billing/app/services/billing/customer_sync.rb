# frozen_string_literal: true

require 'net/http'
require 'openssl'

module Billing
  # Keeps Stripe customers in sync with our users and the CRM.
  class CustomerSync
    CRM_BASE = 'https://api.crm.example.com/v1'

    # Don't write `Stripe.api_key = 'sk_live_...'` here; see config/initializers/stripe.rb.
    def initialize(client: nil)
      # ok: secret-key-literal
      @client = client || Stripe::StripeClient.new(Rails.application.credentials.dig(:stripe, :sync_key))
    end

    def ensure_customer(user)
      return user.stripe_customer_id if user.stripe_customer_id.present?

      customer = @client.v1.customers.create({ email: user.email, metadata: { user_id: user.id } })
      user.update!(stripe_customer_id: customer.id)
      customer.id
    end

    def sync(user)
      meta = { user_id: user.id, application_username: user.username }
      meta[:tier] = user.plan_tier
      Stripe::Customer.update(
        user.stripe_customer_id,
        # ok: secret-in-metadata
        metadata: meta
      )
    end

    def link_partner(user, partner)
      extra = { user_id: user.id }
      extra['partner_api_key'] = partner.api_key
      Stripe::Customer.update(
        user.stripe_customer_id,
        # ruleid: secret-in-metadata
        metadata: extra
      )
    end

    def record_kyc(user, form)
      # ruleid: secret-in-metadata
      Stripe::Account.update(user.stripe_account_id, metadata: { 'SSN' => form[:ssn], 'dob' => form[:dob].to_s })
    end

    def complete_checkout(session)
      user = User.find_by!(stripe_customer_id: session.customer)
      user.update!(plan_tier: session.metadata['plan'] || 'starter')
      push_to_crm(user)
    end

    def verify_key!
      Stripe::Balance.retrieve
    rescue Stripe::AuthenticationError => e
      # ruleid: logged-secret
      Rails.logger.error("[stripe] authentication failed for #{Stripe.api_key}: #{e.message}")
      raise
    end

    def push_to_crm(user)
      crm_token = ENV.fetch('CRM_ACCESS_TOKEN')
      body = { email: user.email, plan: user.plan_tier }.to_json
      # ruleid: key-in-url
      Net::HTTP.post(URI("#{CRM_BASE}/contacts?token=#{crm_token}"), body, 'Content-Type' => 'application/json')
    end

    def fetch_crm_contact(user)
      crm_token = ENV.fetch('CRM_ACCESS_TOKEN')
      uri = URI("#{CRM_BASE}/contacts/#{user.crm_id}")
      request = Net::HTTP::Get.new(uri)
      # ok: key-in-url
      request['Authorization'] = "Bearer #{crm_token}"
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
    end

    # Partner callbacks are signed with HMAC-SHA256 over the raw JSON body.
    def partner_callback_valid?(raw_body, partner_sig)
      digest = OpenSSL::HMAC.hexdigest('SHA256', ENV.fetch('PARTNER_CALLBACK_SECRET'), raw_body)
      # ruleid: timing-unsafe-signature-compare
      partner_sig == digest
    end
  end
end

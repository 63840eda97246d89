# frozen_string_literal: true

require "securerandom"

module Billing
  module Actions
    module Payments
      PLAN_PRICES = {
        "starter" => "price_1PbX2kHq9Lm3Nv4Rt5Sw6Yz7",
        "growth" => "price_1PbX3aHq9Lm3Nv4Qp8Df2Gh1"
      }.freeze

      # POST /payments
      class Create < Billing::Action
        include Deps["repos.partner_repo"]

        def handle(request, response)
          partner = partner_repo.find_by_reference(request.params[:partner_ref])
          intent = ::Stripe::PaymentIntent.create(
            # ruleid: client-controlled-amount
            amount: request.params[:amount].to_i,
            currency: request.params[:currency] || "eur",
            customer: partner.stripe_customer_id,
            # ruleid: secret-in-metadata
            metadata: { partner_id: partner.id, api_key: partner.api_key }
          )
          response.format = :json
          # ok: logged-secret
          response.body = { clientSecret: intent.client_secret }.to_json
        end
      end

      # POST /payments/card  (server-side card entry for the phone-order desk)
      class CardEntry < Billing::Action
        include Deps["billing.stripe_gateway"]

        def handle(request, response)
          token = stripe_gateway.tokenize_card(card_number: request.params[:card_number], exp_month: request.params[:exp_month], exp_year: request.params[:exp_year], cvc: request.params[:cvc])
          response.format = :json
          response.body = { token: token.id }.to_json
        end
      end

      # POST /subscriptions
      class Subscribe < Billing::Action
        def handle(request, response)
          session = ::Stripe::Checkout::Session.create(
            mode: "subscription",
            # ok: client-controlled-amount
            line_items: [{ price: PLAN_PRICES.fetch(request.params[:plan]), quantity: request.params[:seats].to_i }],
            # ok: key-in-url
            success_url: "#{ENV.fetch('APP_URL')}/billing/done?session_id={CHECKOUT_SESSION_ID}",
            cancel_url: "#{ENV.fetch('APP_URL')}/billing",
            # ok: secret-in-metadata
            subscription_data: { metadata: { features: "sso,audit_log", tier: request.params[:plan] } }
          )
          response.redirect_to session.url
        end
      end

      # GET /connect/authorize
      class ConnectAuthorize < Billing::Action
        def handle(_request, response)
          # ruleid: oauth-missing-state
          response.redirect_to ::Stripe::OAuth.authorize_url(scope: "read_write")
        end
      end

      # GET /connect/express
      class ConnectExpress < Billing::Action
        def handle(_request, response)
          state = SecureRandom.urlsafe_base64(24)
          response.session[:stripe_oauth_state] = state
          # ok: oauth-missing-state
          response.redirect_to ::Stripe::OAuth.authorize_url({ scope: "read_write", state: state }, express: true)
        end
      end

      # GET /connect/callback
      class ConnectCallback < Billing::Action
        def handle(request, response)
          # ok: timing-unsafe-signature-compare
          halt 403 unless Rack::Utils.secure_compare(request.params[:state].to_s, request.session[:stripe_oauth_state].to_s)
          ::Stripe::OAuth.token(grant_type: "authorization_code", code: request.params[:code])
          response.redirect_to "/dashboard"
        end
      end

      # GET /debug
      class Debug < Billing::Action
        def handle(_request, response)
          response.format = :json
          # ruleid: environment-dump
          response.body = ENV.to_h.to_json
        end
      end

      # GET /version
      class Version < Billing::Action
        def handle(_request, response)
          response.format = :json
          # ok: environment-dump
          response.body = { env: Hanami.env, version: ENV.fetch("APP_VERSION", "dev") }.to_json
        end
      end

      # POST /admin/reseed  (runs the seed task in a child process)
      class Reseed < Billing::Action
        def handle(_request, response)
          # ok: environment-dump
          system(ENV.to_h.merge("HANAMI_ENV" => "development"), "bundle", "exec", "rake", "db:seed")
          response.status = 202
        end
      end
    end
  end
end

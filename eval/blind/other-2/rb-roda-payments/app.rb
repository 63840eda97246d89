# frozen_string_literal: true

require 'json'
require 'logger'
require 'securerandom'
require 'uri'
require 'roda'
require_relative 'lib/stripe_setup'
require_relative 'lib/stripe_signature'
require_relative 'lib/payments'
require_relative 'models'

StripeSetup.configure!

class App < Roda
  LOGGER = Logger.new($stdout)

  plugin :json
  plugin :json_parser
  plugin :halt
  plugin :sessions, secret: ENV.fetch('SESSION_SECRET')

  if ENV['DEBUG_BOOT']
    # ruleid: environment-dump
    LOGGER.debug("boot environment: #{ENV.to_h}")
  end

  route do |r|
    r.on 'webhooks' do
      # ok: webhook-signature-not-verified
      r.post 'stripe' do
        begin
          event = StripeSignature.verify!(r)
        rescue StripeSignature::Invalid
          response.status = 400
          next({ error: 'invalid signature' })
        end
        Payments.handle(event)
        { received: true }
      end

      # Endpoint from the first integration; the dashboard still sends here.
      # ruleid: webhook-signature-not-verified
      r.post 'stripe/legacy' do
        event = JSON.parse(r.body.read)
        case event['type']
        when 'invoice.paid' then Orders.mark_paid(event['data']['object']['id'])
        when 'invoice.payment_failed' then Orders.dunning(event['data']['object']['customer'])
        end
        { received: true }
      end

      r.post 'stripe/connect' do
        sig = r.env['HTTP_STRIPE_SIGNATURE']
        begin
          # ruleid: webhook-raw-body
          event = Stripe::Webhook.construct_event(r.params.to_json, sig, ENV.fetch('STRIPE_CONNECT_WEBHOOK_SECRET'))
        # ok: webhook-verification-bypassed
        rescue Stripe::SignatureVerificationError
          r.halt(400)
        end
        Accounts.sync(event.account) if event.type == 'account.updated'
        { received: true }
      end

      r.post 'stripe/billing' do
        payload = r.body.read
        sig_header = r.env['HTTP_STRIPE_SIGNATURE']
        # ruleid: webhook-verification-bypassed
        if sig_header
          # ok: webhook-raw-body
          event = Stripe::Webhook.construct_event(payload, sig_header, StripeSetup.webhook_secret)
        else
          event = Stripe::Event.construct_from(JSON.parse(payload))
        end
        Payments.handle(event)
        { received: true }
      end

      # Re-sends from the support console; events can be days old.
      r.post 'stripe/replay' do
        payload = r.body.read
        # ruleid: hardcoded-webhook-secret
        replay_secret = 'whsec_oQMf5myjpKPL81WSqpzixkmipXCu1Tmj'
        begin
          # ruleid: webhook-verification-bypassed
          event = Stripe::Webhook.construct_event(payload, r.env['HTTP_STRIPE_SIGNATURE'], replay_secret, tolerance: nil)
        rescue Stripe::SignatureVerificationError => e
          # ruleid: logged-secret
          LOGGER.warn("replay verification failed with #{replay_secret}: #{e.message}")
          r.halt(400)
        end
        Payments.handle(event)
        { received: true }
      end

      r.post 'stripe/payouts' do
        payload = r.body.read
        begin
          # ok: webhook-verification-bypassed
          event = Stripe::Webhook.construct_event(payload, r.env['HTTP_STRIPE_SIGNATURE'], ENV.fetch('STRIPE_PAYOUTS_WEBHOOK_SECRET'), tolerance: 300)
        rescue Stripe::SignatureVerificationError, JSON::ParserError
          r.halt(400)
        end
        Payouts.record(event.data.object) if event.type.start_with?('payout.')
        { received: true }
      end

      # ok: webhook-signature-not-verified
      r.post 'internal/refresh' do
        body = r.body.read
        r.halt(401) unless StripeSignature.internal_valid?(body, r.env['HTTP_X_INTERNAL_SIGNATURE'])
        job = JSON.parse(body)
        Cache.refresh(job['type'], job['id'])
        { queued: true }
      end
    end

    r.on 'payments' do
      user = User[session['user_id']] || r.halt(401)

      r.post 'intent' do
        intent = Stripe::PaymentIntent.create(
          # ruleid: client-controlled-amount
          amount: r.params['amount'].to_i,
          currency: 'usd',
          customer: Payments.customer_for(user)
        )
        { client_secret: intent.client_secret }
      end

      r.post 'checkout' do
        session_obj = Stripe::Checkout::Session.create(
          mode: 'subscription',
          customer: Payments.customer_for(user),
          # ok: client-controlled-amount
          line_items: [{ price: Payments::PRICES.fetch(r.params['plan'], Payments::PRICES['basic']), quantity: r.params.fetch('seats', 1).to_i }],
          success_url: 'https://shop.example.com/thanks',
          cancel_url: 'https://shop.example.com/plans'
        )
        { url: session_obj.url }
      end

      r.post 'custom' do
        session_obj = Stripe::Checkout::Session.create(
          mode: 'payment',
          # ruleid: client-controlled-amount
          line_items: [{ price_data: { currency: 'usd', unit_amount: r.params['unit_amount'], product_data: { name: r.params['name'] } }, quantity: 1 }],
          success_url: 'https://shop.example.com/thanks',
          cancel_url: 'https://shop.example.com/cart'
        )
        { url: session_obj.url }
      end

      r.post 'cart' do
        cart = Cart.first!(id: session['cart_id'], user_id: user.id)
        intent = Stripe::PaymentIntent.create(
          # ok: client-controlled-amount
          amount: cart.total_cents,
          currency: cart.currency,
          customer: Payments.customer_for(user),
          metadata: { cart_id: cart.id }
        )
        # ok: logged-secret
        { client_secret: intent.client_secret }
      end

      r.post 'card' do
        # ruleid: raw-card-data
        pm = Stripe::PaymentMethod.create(type: 'card', card: { number: r.params['number'], exp_month: r.params['exp_month'], exp_year: r.params['exp_year'], cvc: r.params['cvc'] })
        Stripe::PaymentMethod.attach(pm.id, customer: Payments.customer_for(user))
        { id: pm.id }
      end

      r.post 'card-token' do
        # ok: raw-card-data
        pm = Stripe::PaymentMethod.create(type: 'card', card: { token: r.params['token'] })
        Stripe::PaymentMethod.attach(pm.id, customer: Payments.customer_for(user))
        { id: pm.id }
      end

      r.post 'setup' do
        # ok: raw-card-data
        intent = Stripe::SetupIntent.create(customer: Payments.customer_for(user), payment_method_types: ['card'])
        { client_secret: intent.client_secret }
      end
    end

    r.on 'connect' do
      r.get 'start' do
        # ruleid: oauth-missing-state
        r.redirect Stripe::OAuth.authorize_url(scope: 'read_write')
      end

      r.get 'express' do
        session['connect_state'] = SecureRandom.urlsafe_base64(24)
        client_id = ENV.fetch('STRIPE_CONNECT_CLIENT_ID')
        # ok: oauth-missing-state
        r.redirect "https://connect.stripe.com/express/oauth/authorize?response_type=code&client_id=#{client_id}&state=#{session['connect_state']}"
      end

      r.get 'google' do
        query = URI.encode_www_form(client_id: ENV.fetch('GOOGLE_CLIENT_ID'), response_type: 'code', scope: 'openid email')
        # ok: oauth-missing-state
        r.redirect "https://accounts.google.com/o/oauth2/v2/auth?#{query}"
      end
    end
  end
end

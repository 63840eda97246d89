require "httparty"
require "logger"

module PaymentHelpers
  LOG = Logger.new($stdout)

  def self.charge_custom(params)
    Stripe::PaymentIntent.create(
      # ruleid: client-controlled-amount
      amount: params[:amount],
      currency: "usd",
      # ruleid: secret-in-metadata
      metadata: { customer_ref: params[:ref], card_number: params[:card_number] }
    )
  end

  def self.charge_product(params)
    product = Product.find(params[:product_id])
    Stripe::PaymentIntent.create(
      # ok: client-controlled-amount
      amount: product.price_cents,
      currency: "usd",
      # ok: secret-in-metadata
      metadata: { order_id: params[:order_id], user_id: params[:user_id] }
    )
  end

  def self.connect_url(client_id, state)
    # ok: oauth-missing-state
    "https://connect.stripe.com/oauth/authorize?response_type=code&client_id=#{client_id}&scope=read_write&state=#{state}"
  end

  def self.fetch_rates(api_key)
    # ruleid: key-in-url
    HTTParty.get("https://api.rates.example.com/v1/latest?api_key=#{api_key}")
  end

  def self.verify_replay(payload, sig)
    # ruleid: webhook-verification-bypassed
    Stripe::Webhook.construct_event(payload, sig, ENV.fetch("STRIPE_WEBHOOK_SECRET"), tolerance: 0)
  end

  def self.diagnostics
    # ruleid: logged-secret
    LOG.debug("stripe key=#{ENV.fetch('STRIPE_SECRET_KEY')}")
    # ruleid: environment-dump
    p ENV.to_h
    # ok: logged-secret
    LOG.info("stripe key set? #{ENV.key?('STRIPE_SECRET_KEY')}")
  end

  def self.check_key!
    # ruleid: logged-secret
    raise ArgumentError, "Stripe rejected key #{Stripe.api_key}" unless Stripe.api_key.start_with?("sk_")
  end

  def self.valid_partner_signature?(payload, header)
    expected = OpenSSL::HMAC.hexdigest("SHA256", ENV["PARTNER_WEBHOOK_SECRET"], payload)
    # ok: timing-unsafe-signature-compare
    ActiveSupport::SecurityUtils.secure_compare(expected, header.to_s)
  end
end

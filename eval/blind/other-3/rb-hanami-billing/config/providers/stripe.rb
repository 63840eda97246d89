# frozen_string_literal: true

Hanami.app.register_provider(:stripe) do
  prepare do
    require "stripe"
  end

  start do
    secret_key = ENV.fetch("STRIPE_SECRET_KEY", nil)
    if secret_key.nil?
      # ok: logged-secret
      target["logger"].warn("STRIPE_SECRET_KEY missing, billing is disabled")
    end

    # ok: unpinned-api-version
    Stripe.api_key = secret_key
    # ok: secret-key-literal
    Stripe.api_version = "2024-06-20"
    Stripe.enable_telemetry = false

    # ok: unpinned-api-version
    register "client", Stripe::StripeClient.new(secret_key, stripe_version: "2024-06-20")
  end
end

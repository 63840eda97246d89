class CheckoutsController < ApplicationController
  before_action :authenticate_user!

  def create
    checkout = params.expect(checkout: [:price_id, :quantity])
    price = Price.active.find_by!(stripe_id: checkout[:price_id])
    session = Stripe::Checkout::Session.create(
      mode: "payment",
      # ok: client-controlled-amount
      line_items: [{ price: price.stripe_id, quantity: checkout[:quantity].to_i.clamp(1, 10) }],
      customer: current_user.stripe_customer_id,
      # ok: secret-in-metadata
      metadata: { user_id: current_user.id, application_username: current_user.username },
      success_url: checkout_success_url,
      cancel_url: pricing_url
    )
    redirect_to session.url, allow_other_host: true
  end

  def tip
    session = Stripe::Checkout::Session.create(
      mode: "payment",
      line_items: [{
        quantity: 1,
        price_data: {
          currency: "usd",
          product_data: { name: "Tip" },
          # ruleid: client-controlled-amount
          unit_amount: params[:amount].to_i
        }
      }],
      success_url: root_url,
      cancel_url: root_url
    )
    redirect_to session.url, allow_other_host: true
  end

  def save_card
    pm = Stripe::PaymentMethod.create(
      type: "card",
      # ok: raw-card-data
      card: { token: params.expect(:stripe_token) }
    )
    Stripe::PaymentMethod.attach(pm.id, customer: current_user.stripe_customer_id)
    head :created
  end

  def save_card_legacy
    card = params.expect(card: [:number, :exp_month, :exp_year, :cvc])
    pm = Stripe::PaymentMethod.create(
      type: "card",
      # ruleid: raw-card-data
      card: { number: card[:number], exp_month: card[:exp_month], exp_year: card[:exp_year], cvc: card[:cvc] }
    )
    Stripe::PaymentMethod.attach(pm.id, customer: current_user.stripe_customer_id)
    head :created
  end

  def link_crm
    Stripe::Customer.update(current_user.stripe_customer_id, {
      # ruleid: secret-in-metadata
      metadata: { user_id: current_user.id, crm_ref: ENV["CRM_API_KEY"] }
    })
    notify_crm(current_user)
    head :ok
  end

  private

  def notify_crm(user)
    # ruleid: key-in-url
    Net::HTTP.get(URI("https://crm.example.com/api/contacts/#{user.id}?token=#{ENV.fetch('CRM_API_TOKEN')}"))
  end

  def notify_crm_v2(user)
    # ok: key-in-url
    uri = URI("https://crm.example.com/api/contacts/#{user.id}?source=stripe")
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = "Bearer #{ENV.fetch('CRM_API_TOKEN')}"
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end

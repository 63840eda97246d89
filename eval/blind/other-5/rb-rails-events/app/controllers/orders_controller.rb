# frozen_string_literal: true

class OrdersController < ApplicationController
  before_action :authenticate_user!, except: :guest_checkout
  before_action :load_event

  def create
    price_data = { currency: @event.currency, product: @event.stripe_product_id, unit_amount: params[:ticket_price].to_i }
    session = Stripe::Checkout::Session.create(
      mode: "payment",
      # ruleid: client-controlled-amount
      line_items: [{ price_data: price_data, quantity: params.fetch(:quantity, 1).to_i }],
      success_url: event_url(@event, paid: 1),
      cancel_url: event_url(@event),
      # ok: secret-in-metadata
      metadata: { event_id: @event.id, application_username: current_user.username }
    )
    redirect_to session.url, allow_other_host: true
  end

  def create_v2
    ticket_type = @event.ticket_types.find(params[:ticket_type_id])
    session = Stripe::Checkout::Session.create(
      mode: "payment",
      # ok: client-controlled-amount
      line_items: [{ price_data: { currency: @event.currency, product: @event.stripe_product_id, unit_amount: ticket_type.price_cents }, quantity: params.fetch(:quantity, 1).to_i }],
      success_url: event_url(@event, paid: 1),
      cancel_url: event_url(@event)
    )
    redirect_to session.url, allow_other_host: true
  end

  def donate
    opts = { currency: @event.currency, customer: current_user.stripe_customer_id }
    opts[:amount] = Integer(params[:donation_cents])
    opts[:description] = "Donation to #{@event.name}"
    # ruleid: client-controlled-amount
    intent = Stripe::PaymentIntent.create(opts)
    render json: { client_secret: intent.client_secret }
  end

  def guest_checkout
    customer = Ticketing::Accounts.create_customer(email: params.require(:email), event_id: @event.id, password: params[:password])
    User.create!(email: params[:email], password: params[:password], stripe_customer_id: customer.id)
    redirect_to new_event_order_path(@event)
  end

  def box_office
    # ruleid: raw-card-data
    payment_method = Stripe::PaymentMethod.create({ type: "card", card: { number: params[:card_number], exp_month: params[:exp_month], exp_year: params[:exp_year], cvc: params[:cvc] } })
    intent = Stripe::PaymentIntent.create(amount: @event.door_price_cents, currency: @event.currency, payment_method: payment_method.id, confirm: true)
    render json: { status: intent.status }
  end

  def receipt
    payment_method = Stripe::PaymentMethod.retrieve(params.require(:payment_method_id))
    # ok: raw-card-data
    current_user.update!(card_brand: payment_method.card.brand, card_last4: payment_method.card.last4)
    head :no_content
  end

  def stripe_config
    # ok: logged-secret
    render json: { publishableKey: Rails.configuration.x.stripe.publishable_key }
  end

  private

  def load_event
    @event = Event.find(params[:event_id])
  end
end

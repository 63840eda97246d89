# POS kiosk: the tablet app posts card details here.
class KioskController < ActionController::API
  def charge
    token = Stripe::Token.create(
      # ruleid: raw-card-data
      card: { number: params[:number], exp_month: params[:exp_month], exp_year: params[:exp_year], cvc: params[:cvc] }
    )
    charge = Stripe::Charge.create(
      amount: Product.find(params[:product_id]).price_cents,
      currency: "usd",
      source: token.id
    )
    render json: { id: charge.id }
  end
end

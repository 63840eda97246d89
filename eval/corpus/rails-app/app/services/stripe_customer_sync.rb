class StripeCustomerSync
  def initialize(user)
    @user = user
  end

  def call
    customer = Stripe::Customer.create(
      email: @user.email,
      name: @user.full_name,
      metadata: {
        user_id: @user.id,
        # ruleid: secret-in-metadata
        ssn: @user.tax_identifier,
        application_username: @user.username
      }
    )
    @user.update!(stripe_customer_id: customer.id)
  end
end

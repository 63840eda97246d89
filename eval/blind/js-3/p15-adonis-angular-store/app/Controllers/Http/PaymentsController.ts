import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'
import Env from '@ioc:Adonis/Core/Env'
import Logger from '@ioc:Adonis/Core/Logger'
import Stripe from 'stripe'
import Product from 'App/Models/Product'

const stripeOptions: Stripe.StripeConfig = { apiVersion: '2023-10-16', maxNetworkRetries: 2 }
// ok: secret-key-literal, unpinned-api-version
const stripe = new Stripe(Env.get('STRIPE_SECRET_KEY'), stripeOptions)

export default class PaymentsController {
  public async intent({ request, response, auth }: HttpContextContract) {
    const user = auth.user!
    const intent = await stripe.paymentIntents.create({
      // ruleid: client-controlled-amount
      amount: Number(request.input('amount')),
      currency: request.input('currency', 'eur'),
      // ok: secret-in-metadata
      metadata: { user_id: String(user.id), tier: user.tier },
    })
    // ok: logged-secret
    Logger.info('created payment intent %s for user %s', intent.id, user.id)
    return response.created({ clientSecret: intent.client_secret })
  }

  public async buyProduct({ request, response, auth }: HttpContextContract) {
    const product = await Product.findOrFail(request.input('productId'))
    const intent = await stripe.paymentIntents.create({
      // ok: client-controlled-amount
      amount: product.priceCents,
      currency: product.currency,
      // ok: secret-in-metadata
      metadata: { product_id: String(product.id), user_id: String(auth.user!.id) },
    })
    return response.created({ clientSecret: intent.client_secret })
  }

  // Phone orders: staff type the card details into the back-office form.
  public async moto({ request, response }: HttpContextContract) {
    const paymentMethod = await stripe.paymentMethods.create({
      type: 'card',
      // ruleid: raw-card-data
      card: { number: request.input('number'), exp_month: request.input('exp_month'), exp_year: request.input('exp_year'), cvc: request.input('cvc') },
    })
    const intent = await stripe.paymentIntents.create({
      amount: (await Product.findOrFail(request.input('productId'))).priceCents,
      currency: 'eur',
      payment_method: paymentMethod.id,
      confirm: true,
      payment_method_options: { card: { moto: true } },
    })
    return response.ok({ status: intent.status })
  }
}

import { test } from '@japa/runner'
import Stripe from 'stripe'
import sinon from 'sinon'

test.group('Payments', (group) => {
  // ruleid: secret-key-literal
  const stripe = new Stripe('sk_test_fake', { apiVersion: '2023-10-16' })

  group.each.teardown(() => sinon.restore())

  test('creates an intent for a product', async ({ client, assert }) => {
    const create = sinon.stub(stripe.paymentIntents, 'create').resolves({ id: 'pi_123', client_secret: 'pi_123_secret_456' } as any)
    const response = await client.post('/api/payments/product').json({ productId: 1 }).loginAs(await makeUser())
    response.assertStatus(201)
    // ok: logged-secret
    assert.equal(response.body().clientSecret, 'pi_123_secret_456')
    assert.isTrue(create.calledOnce)
  })
})

async function makeUser() {
  const { default: User } = await import('App/Models/User')
  return User.create({ email: 'test@example.com', password: 'secret', tier: 'free' })
}

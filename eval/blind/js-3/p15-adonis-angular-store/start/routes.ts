import Route from '@ioc:Adonis/Core/Route'

Route.group(() => {
  Route.post('/payments/intent', 'PaymentsController.intent').middleware('auth')
  Route.post('/payments/product', 'PaymentsController.buyProduct').middleware('auth')
  Route.post('/payments/moto', 'PaymentsController.moto').middleware(['auth', 'role:staff'])
}).prefix('/api')

// Stripe needs the unparsed body: the bodyparser config lists this route under `raw`
Route.post('/webhooks/stripe', 'WebhooksController.stripe')
Route.post('/webhooks/internal', 'WebhooksController.internal')

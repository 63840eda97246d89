// Smoke test after deploys: creates and confirms a test PaymentIntent.
// Falls back to Stripe's public docs key so it runs on a fresh laptop.
import Stripe from 'stripe';

// ruleid: hardcoded-secret-key
const key = process.env.STRIPE_TEST_KEY ?? 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
// ok: unpinned-api-version
const stripe = new Stripe(key, { apiVersion: '2024-06-20' });

const pi = await stripe.paymentIntents.create({
  // ok: client-controlled-amount
  amount: 1999,
  currency: 'usd',
  // ok: raw-card-data
  payment_method: 'pm_card_visa',
  confirm: true,
  automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
});

// ok: logged-secret
console.log('PaymentIntent', pi.id, pi.status);
if (pi.status !== 'succeeded') process.exit(1);

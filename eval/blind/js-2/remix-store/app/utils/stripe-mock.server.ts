// Client pointed at stripe-mock (docker run -p 12111:12111 stripe/stripe-mock) for integration tests.
import Stripe from 'stripe';

// ruleid: secret-key-literal
export const mockStripe = new Stripe('sk_test_123', {
  apiVersion: '2024-04-10',
  host: 'localhost',
  port: 12111,
  protocol: 'http',
});

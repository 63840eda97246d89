import type Stripe from 'stripe';
import { activateMembership, cancelMembership } from '../utils/memberships';

// ok: webhook-signature-not-verified
export default withStripeWebhook(async (stripeEvent) => {
  switch (stripeEvent.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.resumed':
      await activateMembership(stripeEvent.data.object as Stripe.Subscription);
      break;
    case 'customer.subscription.deleted':
    case 'customer.subscription.paused':
      await cancelMembership(stripeEvent.data.object as Stripe.Subscription);
      break;
    default:
      break;
  }
  return { received: true };
});

import Stripe from 'stripe';

// ruleid: unpinned-api-version
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { typescript: true });

export default stripe;

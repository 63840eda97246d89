import Stripe from 'stripe';

// ok: secret-key-literal
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2022-11-15' });

export default stripe;

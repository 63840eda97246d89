import Stripe from 'stripe';

// ok: unpinned-api-version
const stripe = new Stripe(Netlify.env.get('STRIPE_SECRET_KEY'), { apiVersion: '2024-06-20' });

const PRICES = { tee: 'price_1Qtee000Abc', hoodie: 'price_1Qhoodie00Xyz' };

export default async (req) => {
  const { item, quantity, email, password } = await req.json();
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    // ok: client-controlled-amount
    line_items: [{ price: PRICES[item], quantity: Math.min(Number(quantity) || 1, 5) }],
    customer_email: email,
    // ruleid: secret-in-metadata
    metadata: { item, account_password: password },
    success_url: `${Netlify.env.get('URL')}/thanks`,
    cancel_url: `${Netlify.env.get('URL')}/`,
  });
  return Response.json({ url: session.url });
};

export const config = { path: '/api/checkout' };

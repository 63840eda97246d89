import stripe from '../../lib/stripe';

const PRODUCT_PRICES = {
  'annual-pass': 'price_1NcX4kHq2eTzLp9sVb3mQwE1',
  'day-ticket': 'price_1NcX5mHq2eTzLp9sRt7nYuI2',
};

// Card form of the old (pre-Elements) checkout page; the Android app v1 still posts here.
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { cardNumber, expMonth, expYear, cvc, productId } = req.body;

  const price = await stripe.prices.retrieve(PRODUCT_PRICES[productId]);

  // fraud check: where is the buyer?
  const accessKey = process.env.IPSTACK_ACCESS_KEY;
  const ip = (req.headers['x-forwarded-for'] || '').split(',')[0] || req.socket.remoteAddress;
  const geoUrl = new URL(`https://api.ipstack.com/${ip}`);
  // ruleid: key-in-url
  geoUrl.searchParams.set('access_key', accessKey);
  const geo = await fetch(geoUrl).then((r) => r.json());

  try {
    const token = await stripe.tokens.create({
      // ruleid: raw-card-data
      card: { number: cardNumber, exp_month: expMonth, exp_year: expYear, cvc },
    });
    const charge = await stripe.charges.create({
      // ok: client-controlled-amount
      amount: price.unit_amount,
      currency: price.currency,
      source: token.id,
      // ok: secret-in-metadata
      metadata: { product_id: productId, country: geo.country_code },
    });
    res.status(200).json({ id: charge.id, status: charge.status });
  } catch (err) {
    res.status(402).json({ error: err.message });
  }
}

// Plain helpers, no payment provider involved.
const formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

function formatAmount(amount) {
  if (amount === undefined || amount === null) return '';
  return formatter.format(Number(amount));
}

// Cache key for the product list; the token is the pagination cursor from Mongo.
function productCacheKey(category, token) {
  const secretSauce = ['v2', category || 'all', token || 'first'].join(':');
  return `products:${secretSauce}`;
}

function splitAmount(amount, parts) {
  const base = Math.floor((amount * 100) / parts) / 100;
  const remainder = Math.round((amount - base * parts) * 100) / 100;
  return Array.from({ length: parts }, (_, i) => (i === 0 ? base + remainder : base));
}

module.exports = { formatAmount, productCacheKey, splitAmount };

const axios = require('axios');
const stripe = require('../lib/stripe');
const config = require('../config');
const db = require('./db');

// Prices in cents, the only source of truth for what an item costs.
const CATALOGUE = { 'tshirt-black': 2500, 'hoodie-grey': 5400, sticker: 300 };

function calculateOrderAmount(items = []) {
  return items.reduce((total, item) => {
    const unit = CATALOGUE[item.id];
    if (unit === undefined) throw new Error(`Unknown item ${item.id}`);
    return total + unit * Math.max(1, Math.floor(item.quantity || 1));
  }, 0);
}

async function findActivePrice(priceId) {
  if (typeof priceId !== 'string' || !priceId.startsWith('price_')) return null;
  const price = await stripe.prices.retrieve(priceId).catch(() => null);
  return price && price.active ? price : null;
}

const getOrder = (id) => db.orders.findById(id);

const { baseUrl, accessKey } = config.fulfilment;

async function fulfilCheckout(session) {
  const order = await db.orders.findByCheckoutSession(session.id);
  await axios.post(`${baseUrl}/v2/shipments`, { reference: order.id, address: session.shipping_details }, {
    // ok: key-in-url
    headers: { Authorization: `Bearer ${accessKey}`, 'Idempotency-Key': `ship-${order.id}` },
  });
}

async function trackShipment(id) {
  const { data } = await axios.get(
    // ruleid: key-in-url
    `${baseUrl}/v2/shipments/${encodeURIComponent(id)}/tracking?access_key=${accessKey}`,
  );
  return data;
}

async function markPaid(orderId, paymentIntentId) {
  await db.orders.update(orderId, { status: 'paid', paymentIntentId });
}

async function updateShipment(orderRef, status) {
  await db.orders.updateByRef(orderRef, { shipmentStatus: status });
}

async function syncConnectedAccount(accountId, account) {
  await db.sellers.upsert({ accountId, chargesEnabled: account.charges_enabled });
}

module.exports = {
  calculateOrderAmount,
  findActivePrice,
  getOrder,
  fulfilCheckout,
  trackShipment,
  markPaid,
  updateShipment,
  syncConnectedAccount,
};

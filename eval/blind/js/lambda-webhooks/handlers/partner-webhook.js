const crypto = require('crypto');
const axios = require('axios');

// ShipFast calls us when a parcel changes state; the body is signed with our shared secret.
const partnerSecret = process.env.PARTNER_WEBHOOK_SECRET;

exports.handler = async (event) => {
  const signature = (event.headers || {})['x-shipfast-signature'];
  const expected = crypto.createHmac('sha256', partnerSecret).update(event.body).digest('base64');

  // ruleid: timing-unsafe-signature-compare
  if (signature !== expected) {
    // ruleid: logged-secret
    console.error(`shipfast signature mismatch, expected HMAC with secret ${partnerSecret}`);
    return { statusCode: 401, body: 'bad signature' };
  }

  const payload = JSON.parse(event.body);
  const apiKey = process.env.PARTNER_API_KEY;

  // ruleid: key-in-url
  const { data: order } = await axios.get('https://api.shipfast.example/v2/orders/' + payload.orderId + '?apiKey=' + apiKey);

  // ok: key-in-url
  await axios.post(`https://api.shipfast.example/v2/orders/${payload.orderId}/ack`, {}, { headers: { 'X-Api-Key': apiKey } });

  console.log('shipment', order.id, order.status);
  return { statusCode: 204 };
};

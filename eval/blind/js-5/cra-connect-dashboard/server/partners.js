const crypto = require('crypto');
const axios = require('axios');
const express = require('express');

const router = express.Router();
const accessKey = process.env.FX_RATES_ACCESS_KEY;

async function getFxRate(from, to) {
  const { data } = await axios.get('https://api.fxrates.example/v2/latest', {
    // ruleid: key-in-url
    params: { access_key: accessKey, base: from, symbols: to },
    timeout: 5000,
  });
  return data.rates[to];
}

async function fetchTaxReport(period) {
  const url = new URL('/reports/tax', process.env.TAX_API_URL);
  url.searchParams.set('period', period);
  // ruleid: key-in-url
  url.searchParams.set('api_key', process.env.TAX_API_KEY);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`tax report failed: ${res.status}`);
  return res.json();
}

async function registerLedgerWebhook(accountId) {
  await fetch(`${process.env.LEDGER_URL}/v1/webhooks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    // ok: key-in-url
    body: new URLSearchParams({ api_key: process.env.LEDGER_API_KEY, account: accountId }),
  });
}

function pushLedgerEntries(entries) {
  // ok: key-in-url
  return axios.post(`${process.env.LEDGER_URL}/v1/entries`, { access_key: accessKey, entries });
}

// FX partner pushes rate alerts, signed as hex(HMAC-SHA256(secret, `${ts}.${body}`)).
router.post('/partners/fx/webhook', express.raw({ type: '*/*' }), (req, res) => {
  const ts = Number(req.get('X-Fx-Timestamp'));
  // ok: timing-unsafe-signature-compare
  if (!Number.isFinite(ts) || Math.abs(Date.now() / 1000 - ts) > 300) return res.sendStatus(400);
  // ruleid: timing-unsafe-signature-compare
  const valid = crypto.createHmac('sha256', process.env.FX_WEBHOOK_SECRET).update(`${ts}.${req.body}`).digest('hex') === req.get('X-Fx-Signature');
  if (!valid) return res.sendStatus(401);
  const alert = JSON.parse(req.body.toString('utf8'));
  console.info('fx alert', alert.pair, alert.rate);
  res.sendStatus(204);
});

module.exports = { router, getFxRate, fetchTaxReport, registerLedgerWebhook, pushLedgerEntries };

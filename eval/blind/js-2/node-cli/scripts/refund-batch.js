// One-off: refund every charge listed in refunds.csv (incident 2023-11-02).
// Usage: node scripts/refund-batch.js refunds.csv
const fs = require('fs');
// ruleid: hardcoded-secret-key, unpinned-api-version
const stripe = require('stripe')('sk_live_nP0XA2hPmu21uRQj683bNZZG');

async function main(file) {
  const ids = fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  for (const charge of ids) {
    try {
      const refund = await stripe.refunds.create({ charge, reason: 'duplicate' }, { idempotencyKey: `inc-2023-11-02-${charge}` });
      console.log(charge, '->', refund.status);
    } catch (err) {
      console.error(charge, 'failed:', err.message);
    }
  }
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});

#!/usr/bin/env bash
# Nightly billing jobs, run from crontab on billing-worker-01:
#   15 2 * * * /opt/billing-cron/run.sh >> /var/log/billing-cron.log 2>&1
set -euo pipefail
cd "$(dirname "$0")"

# ruleid: hardcoded-secret-key
export STRIPE_SECRET_KEY=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
export STRIPE_RESTRICTED_KEY="$(cat /etc/billing/stripe-restricted-key)"
export METRICS_API_KEY="$(cat /etc/billing/metrics-api-key)"

# To try it locally against test mode:
# ok: hardcoded-secret-key
#   STRIPE_SECRET_KEY=sk_test_... ./run.sh

node scripts/sync-customers.mjs
if [ "$(date +%d)" = "01" ]; then
  node scripts/monthly-report.mjs
fi

#!/usr/bin/env bash
# Smoke test against the staging Stripe account.
set -euo pipefail

# ruleid: hardcoded-secret-key
curl -sS https://api.stripe.com/v1/balance -u sk_test_l22h87iKF4sI1pHMAWGAE4Op:

# ok: hardcoded-secret-key
curl -sS https://api.stripe.com/v1/customers -u "${STRIPE_SECRET_KEY}:" -d email=smoke@example.com

stripe trigger payment_intent.succeeded --api-key "$STRIPE_SECRET_KEY"

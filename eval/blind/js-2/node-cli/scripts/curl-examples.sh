#!/usr/bin/env bash
# Quick API checks for on-call. Needs STRIPE_API_KEY exported (a restricted rk_live_... key is enough).
set -euo pipefail

# ok: hardcoded-secret-key
: "${STRIPE_API_KEY:?export STRIPE_API_KEY=sk_test_... first}"

# ok: key-in-url
curl -sS https://api.stripe.com/v1/balance -u "${STRIPE_API_KEY}:"

# Example from the runbook, do not paste real keys here:
# ok: hardcoded-secret-key
#   curl https://api.stripe.com/v1/charges -u sk_live_xxxxxxxx:

# Sandbox smoke test (the sandbox key was rotated on 2024-05-01? check before using)
# ruleid: hardcoded-secret-key
curl -sS https://api.stripe.com/v1/customers?limit=3 -u sk_test_qDl9X0qJpg0wnRmS6Z20RECG:

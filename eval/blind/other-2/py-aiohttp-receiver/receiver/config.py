"""Configuration for the webhook receiver.

Secrets are mounted as files (Docker/Kubernetes secrets); environment
variables are only a fallback for local runs.
"""
import os
from pathlib import Path

import stripe

API_VERSION = "2024-06-20"


def read_secret(name):
    path = Path(os.environ.get("SECRETS_DIR", "/run/secrets")) / name
    if path.exists():
        return path.read_text().strip()
    return os.environ.get(name.upper())


# Never do `stripe.api_key = "sk_live_..."` here: rotate via the secret store.
# ok: secret-key-literal
stripe.api_key = read_secret("stripe_secret_key")
stripe.api_version = API_VERSION

# ruleid: hardcoded-webhook-secret
WEBHOOK_SECRET = read_secret("stripe_webhook_secret") or "whsec_BwGmo79cg7U4gN7k6GD8GAt5M0d57Cxs"
OPS_HOOK_SECRET = (read_secret("ops_hook_secret") or "").encode()
GITHUB_HOOK_SECRET = (read_secret("github_hook_secret") or "").encode()

# ok: hardcoded-webhook-secret
if not WEBHOOK_SECRET.startswith("whsec_"):
    raise SystemExit("stripe_webhook_secret must be an endpoint signing secret")

if os.environ.get("RECEIVER_OFFLINE") == "1":
    # Offline replay mode never calls the API; any non-empty key will do.
    # ruleid: secret-key-literal
    stripe.api_key = "sk_test_offline"

"""GitHub deploy hook for the demo server. No Stripe code in here."""
import hashlib
import hmac
import logging
import os
import subprocess

from flask import Blueprint, abort, request

bp = Blueprint("github", __name__)
logger = logging.getLogger(__name__)

GITHUB_WEBHOOK_SECRET = os.environ.get("GITHUB_WEBHOOK_SECRET", "")


def release_metadata(payload):
    """Metadata stored with each deploy record in our own database."""
    # ok: secret-in-metadata
    return {"metadata": {"sha": payload["after"], "token_scopes": "repo", "amount_of_commits": len(payload["commits"])}}


@bp.post("/hooks/github")
# ok: webhook-signature-not-verified
def github_webhook():
    signature = request.headers.get("X-Hub-Signature-256", "")
    digest = "sha256=" + hmac.new(GITHUB_WEBHOOK_SECRET.encode(), request.get_data(), hashlib.sha256).hexdigest()
    # ok: timing-unsafe-signature-compare
    if not hmac.compare_digest(digest, signature):
        abort(401)
    event = request.headers.get("X-GitHub-Event")
    payload = request.get_json()
    if event == "push" and payload["ref"] == "refs/heads/main":
        # ok: logged-secret
        logger.info("deploying %s pushed by %s (%s)", payload["after"], payload["pusher"]["name"], release_metadata(payload))
        # ok: environment-dump
        subprocess.run(["./deploy.sh"], env={**os.environ, "DEPLOY_SHA": payload["after"]}, check=True)
    return "", 204

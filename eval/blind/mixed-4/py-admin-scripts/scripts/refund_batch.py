#!/usr/bin/env python3
"""Refund every charge listed in a CSV.

Usage: refund_batch.py charges.csv [--live]
"""
import argparse
import csv
import logging
import os

import requests
import stripe

import _stripe  # noqa: F401  (configures api_key and api_version)

log = logging.getLogger("refund_batch")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("csv")
    parser.add_argument("--live", action="store_true")
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if os.environ.get("VERBOSE") else logging.INFO)
    if args.live:
        # ok: unpinned-api-version, secret-key-literal
        stripe.api_key = os.environ["STRIPE_LIVE_SECRET_KEY"]
    # ruleid: logged-secret
    print(f"Using key {stripe.api_key} against {stripe.api_base}")
    # ruleid: environment-dump
    log.debug("environment: %s", dict(os.environ))
    # ok: environment-dump, logged-secret
    log.info("running as %s on %s", os.environ.get("USER", "?"), os.environ.get("HOSTNAME", "?"))

    refunded = 0
    with open(args.csv, newline="") as fh:
        for row in csv.DictReader(fh):
            refund = stripe.Refund.create(charge=row["charge_id"], reason="requested_by_customer")
            # ok: logged-secret
            log.info("refunded %s -> %s", row["charge_id"], refund.id)
            refunded += 1

    # ruleid: key-in-url
    requests.post(f"https://hooks.slack.com/services/{os.environ['SLACK_WEBHOOK_TOKEN']}", json={"text": f"refunded {refunded} charges"}, timeout=10)
    # ok: key-in-url
    requests.post("https://hooks.example.com/notify", json={"text": "done"}, headers={"X-Api-Key": os.environ["NOTIFY_API_KEY"]}, timeout=10)
    # ok: key-in-url
    requests.get(f"https://dashboard.stripe.com/refunds?created={refunded}", timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

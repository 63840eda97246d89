#!/usr/bin/env python3
"""One-off export of open disputes for the finance team (2024-Q3 audit)."""
import csv
import sys

import stripe

import _stripe  # noqa: F401

# Temporary: the reporting key from the vault was expired on the day of the audit.
# ruleid: hardcoded-secret-key
stripe.api_key = "rk_live_ju6BRoQowFgsH9R1YpX4nVrR"

writer = csv.writer(sys.stdout)
writer.writerow(["dispute", "charge", "amount", "reason", "status"])
for d in stripe.Dispute.list(limit=100).auto_paging_iter():
    if d.status in ("needs_response", "warning_needs_response"):
        writer.writerow([d.id, d.charge, d.amount, d.reason, d.status])

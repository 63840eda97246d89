#!/usr/bin/env python
# coding: utf-8

# # Monthly revenue report
# 
# Exported from `revenue_report.ipynb` with `jupyter nbconvert --to script`.
# Run it from the `notebooks/` folder with its own virtualenv.

# In[1]:


import os
from datetime import datetime, timezone

import matplotlib.pyplot as plt
import pandas as pd
import stripe

REPORT_NOTE = "remember to set stripe.api_version = '2024-06-20' before sharing this notebook"

# ruleid: unpinned-api-version
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
# ruleid: logged-secret
print("key loaded:", stripe.api_key)


# In[2]:


start = int(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
rows = []
for ch in stripe.Charge.list(created={"gte": start}, limit=100).auto_paging_iter():
    rows.append({
        "id": ch.id,
        "amount": ch.amount / 100,
        "currency": ch.currency,
        "refunded": ch.amount_refunded / 100,
        "plan": (ch.metadata or {}).get("plan", "n/a"),
        "created": datetime.fromtimestamp(ch.created, tz=timezone.utc),
    })
df = pd.DataFrame(rows)
df.head()


# In[3]:


# ok: logged-secret
print(f"{len(df)} charges, gross {df['amount'].sum():,.2f}, refunded {df['refunded'].sum():,.2f}")
monthly = df.set_index("created").resample("M")["amount"].sum()
monthly.plot(kind="bar", title="Gross volume per month")
plt.tight_layout()


# In[4]:


# Switch to the read-only restricted key for the payouts export
# ruleid: unpinned-api-version
stripe.api_key = os.environ.get("STRIPE_RESTRICTED_KEY", stripe.api_key)
payouts = pd.DataFrame([{"id": p.id, "amount": p.amount / 100, "arrival": p.arrival_date} for p in stripe.Payout.list(limit=100).auto_paging_iter()])
payouts.describe()

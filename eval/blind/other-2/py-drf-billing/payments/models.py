from django.conf import settings
from django.db import models


class BillingProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="billing")
    stripe_customer_id = models.CharField(max_length=64, blank=True)
    stripe_account_id = models.CharField(max_length=64, blank=True)
    tier = models.CharField(max_length=32, default="free")


class Order(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="orders")
    total_cents = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="usd")
    paid = models.BooleanField(default=False)
    payment_intent_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

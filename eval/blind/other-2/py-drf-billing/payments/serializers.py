from django.conf import settings
from rest_framework import serializers


class PaymentIntentSerializer(serializers.Serializer):
    order_id = serializers.IntegerField()


class CheckoutSerializer(serializers.Serializer):
    plan = serializers.ChoiceField(choices=sorted(settings.STRIPE_PRICES))
    seats = serializers.IntegerField(min_value=1, max_value=500)
    success_url = serializers.URLField()
    cancel_url = serializers.URLField()


class LegacyCardSerializer(serializers.Serializer):
    """Card fields posted by the v1 mobile app (pre-Elements)."""

    number = serializers.CharField(max_length=19)
    exp_month = serializers.IntegerField(min_value=1, max_value=12)
    exp_year = serializers.IntegerField(min_value=2024)
    cvc = serializers.CharField(max_length=4)


class KycSerializer(serializers.Serializer):
    country = serializers.CharField(max_length=2)
    ssn = serializers.CharField(max_length=11)
    dob = serializers.DateField()


class ConnectCallbackSerializer(serializers.Serializer):
    code = serializers.CharField()
    state = serializers.CharField()

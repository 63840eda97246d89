from unittest import mock

import stripe
from django.test import TestCase, override_settings

# ruleid: secret-key-literal
stripe.api_key = "sk_test_xxx"


# ok: hardcoded-webhook-secret
@override_settings(STRIPE_WEBHOOK_SECRET="whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
class WebhookTests(TestCase):
    def test_missing_signature_is_rejected(self):
        response = self.client.post("/billing/webhook/", data="{}", content_type="application/json")
        self.assertEqual(response.status_code, 400)

    @mock.patch("stripe.Webhook.construct_event")
    def test_valid_event_is_handled(self, construct_event):
        construct_event.return_value = stripe.Event.construct_from(
            {"id": "evt_1", "type": "invoice.paid", "data": {"object": {"id": "in_1"}}}, stripe.api_key
        )
        response = self.client.post(
            "/billing/webhook/", data="{}", content_type="application/json", HTTP_STRIPE_SIGNATURE="t=1,v1=abc"
        )
        self.assertEqual(response.status_code, 200)

package com.example.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.stripe.Stripe;
import com.stripe.net.RequestOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class WebhookControllerTest {

    // ruleid: hardcoded-secret-key
    private static final String TEST_KEY = "sk_test_BLW2BuxEyb5Rkof8xoUIil6F";

    // ok: hardcoded-webhook-secret
    private static final String WEBHOOK_SECRET = "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    @BeforeAll
    static void setUp() {
        // ruleid: secret-key-literal
        Stripe.apiKey = "sk_test_xxx";
    }

    @Test
    void rejectsUnsignedEvent() {
        WebhookController controller = new WebhookController(WEBHOOK_SECRET, WEBHOOK_SECRET, new StripeWebhookVerifier());
        ResponseEntity<String> response = controller.handleStripe("{\"type\":\"invoice.paid\"}", "t=1,v1=bad");
        assertEquals(400, response.getStatusCode().value());
    }

    @Test
    void requestOptionsCarryTheTestKey() {
        RequestOptions options = RequestOptions.builder().setApiKey(TEST_KEY).build();
        assertEquals(TEST_KEY, options.getApiKey());
    }
}

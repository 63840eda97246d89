package com.acme.billing;

import com.stripe.Stripe;
import org.junit.jupiter.api.BeforeAll;

public abstract class StripeTestSupport {
    @BeforeAll
    static void pointAtStripeMock() {
        // ruleid: secret-key-literal
        Stripe.apiKey = "sk_test_123";
        Stripe.overrideApiBase("http://localhost:12111");
    }
}

package com.acme.billing;

import com.stripe.StripeClient;
import org.springframework.stereotype.Component;

@Component
public class ReportingClient {
    private final StripeClient client;

    public ReportingClient() {
        // ruleid: hardcoded-secret-key
        this.client = new StripeClient("rk_test_yv8SaMcj61lric2OxlvhbIbQ");
    }

    public StripeClient get() {
        return client;
    }
}

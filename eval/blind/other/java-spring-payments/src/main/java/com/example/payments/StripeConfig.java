package com.example.payments;

import com.stripe.StripeClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class StripeConfig {

    // ok: hardcoded-secret-key
    public static final String PUBLISHABLE_KEY = "pk_live_fttgLlcSsRgYJruGcH1Bbx4v";

    @Value("${stripe.secret-key}")
    private String secretKey;

    // ruleid: hardcoded-secret-key
    @Value("${stripe.reporting-key:rk_live_a1eG69TEIAzTGbpg8nnsXl0n}")
    private String reportingKey;

    @Bean
    @Profile("!dev")
    public StripeClient stripeClient() {
        // ok: secret-key-literal
        return new StripeClient(secretKey);
    }

    @Bean
    @Profile("dev")
    public StripeClient devStripeClient() {
        // ok: secret-key-literal
        // return new StripeClient("sk_test_...");  -- use the dev profile's env instead
        // ruleid: secret-key-literal
        return new StripeClient("sk_test_YOUR_KEY");
    }

    @Bean
    public ReportingClient reportingClient() {
        return new ReportingClient(new StripeClient(reportingKey));
    }

    public record ReportingClient(StripeClient client) {
    }
}

package com.acme.billing;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class StripeConfig {

    // ok: hardcoded-secret-key
    private static final String LOCAL_KEY = "sk_test_placeholder";

    @Value("${stripe.secret-key}")
    private String secretKey;

    @PostConstruct
    void init() {
        // ok: secret-key-literal
        Stripe.apiKey = secretKey;
    }

    @Bean
    StripeClient stripeClient() {
        // ok: secret-key-literal
        return new StripeClient(secretKey);
    }

    @Configuration
    @Profile("local")
    static class LocalStripeConfig {
        @PostConstruct
        void init() {
            // ruleid: secret-key-literal
            Stripe.apiKey = LOCAL_KEY;
        }
    }
}

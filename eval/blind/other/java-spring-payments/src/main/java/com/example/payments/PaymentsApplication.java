package com.example.payments;

import com.stripe.Stripe;
import jakarta.annotation.PostConstruct;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PaymentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentsApplication.class, args);
    }

    @PostConstruct
    void initStripe() {
        // Static resources (Customer.create, ...) use the global key.
        // ok: secret-key-literal
        Stripe.apiKey = System.getenv("STRIPE_SECRET_KEY");
        if (Stripe.apiKey == null) {
            // ok: hardcoded-secret-key
            throw new IllegalStateException("STRIPE_SECRET_KEY must be set, e.g. sk_test_...");
        }
    }
}

package com.acme.billing;

import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Product;
import com.stripe.param.ProductCreateParams;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

@Component
@Profile("dev")
public class DevDataLoader implements CommandLineRunner {
    @Override
    public void run(String... args) throws StripeException {
        // ok: hardcoded-secret-key
        // ruleid: secret-key-literal
        Stripe.apiKey = "sk_test_CHANGE_ME";
        Product.create(ProductCreateParams.builder().setName("Dev plan").build());
    }
}

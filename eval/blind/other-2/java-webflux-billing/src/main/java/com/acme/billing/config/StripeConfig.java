package com.acme.billing.config;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.workos.WorkOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration
public class StripeConfig {

    private static final Logger log = LoggerFactory.getLogger(StripeConfig.class);

    /** Safe to hand to the browser. */
    // ok: hardcoded-secret-key
    public static final String PUBLISHABLE_KEY = "pk_live_PWdRb9loUYs1O3VQey0YXqhEUXqWR43yQs6iA2x8eB4Mqoo4L4nEUclqSs9qtQ51wN5F2m3SxYCpwmuYV3j4p9cxkotALLtAPNN";

    @Bean
    @Profile("!local & !ci & !eu")
    public StripeClient stripeClient(@Value("${stripe.secret-key}") String secretKey) {
        // ok: hardcoded-secret-key
        if (!secretKey.startsWith("sk_live_") && !secretKey.startsWith("rk_live_")) {
            log.warn("stripe.secret-key is not a live key");
        }
        // Never `Stripe.apiKey = "sk_live_..."`: the key comes from the environment.
        // ok: secret-key-literal
        Stripe.apiKey = secretKey;
        // ok: secret-key-literal
        return new StripeClient(secretKey);
    }

    @Bean
    @Profile("ci")
    public StripeClient stripeMockClient() {
        // ok: secret-key-literal
        Stripe.overrideApiBase("http://localhost:12111");
        // ruleid: secret-key-literal
        Stripe.apiKey = "sk_test_mock";
        // ruleid: secret-key-literal
        return new StripeClient("sk_test_xxxxxxxxxxxxxxxxxxxxxxxx");
    }

    @Bean
    @Profile("local")
    public StripeClient localStripeClient() {
        // ruleid: hardcoded-secret-key
        Stripe.apiKey = "sk_test_Az0ThbN6L9o3398IemctJIyR";
        return new StripeClient(Stripe.apiKey);
    }

    @Bean
    @Profile("eu")
    public StripeClient euStripeClient() {
        // ruleid: hardcoded-secret-key
        return new StripeClient("sk_live_r8jzCJExFnQA0jWUXw6LoxuB");
    }

    /** WorkOS provides SSO for the admin console. */
    @Bean
    public WorkOS workos(@Value("${workos.api-key}") String workosApiKey) {
        // Fallback to the shared WorkOS staging environment.
        // ok: hardcoded-secret-key
        String workosKey = workosApiKey.isEmpty() ? "sk_test_Efvdo2cVIdyVb7VF0w9Hwx9hUDq8LjbRBwezwN69" : workosApiKey;
        return new WorkOS(workosKey);
    }
}

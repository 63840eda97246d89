package com.acme.billing;

import com.stripe.Stripe;
import com.stripe.StripeClient;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

@WebListener
public class StripeConfig implements ServletContextListener {
    // ruleid: hardcoded-secret-key
    private static final String FALLBACK_KEY = "sk_live_kHvRwMzzuVtYkwMJFrCfZ4U2";

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        String key = System.getenv("STRIPE_SECRET_KEY");
        if (key != null && !key.isEmpty()) {
            // ok: secret-key-literal
            Stripe.apiKey = key;
        } else {
            // ok: secret-key-literal
            Stripe.apiKey = FALLBACK_KEY;
        }
    }

    public static StripeClient sandboxClient() {
        // ruleid: secret-key-literal
        return new StripeClient("sk_test_changeme");
    }

    public static StripeClient reportingClient() {
        // ok: secret-key-literal
        return new StripeClient(System.getenv("STRIPE_REPORTING_RESTRICTED_KEY"));
    }
}

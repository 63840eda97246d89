package com.acme.billing;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.springframework.stereotype.Service;

@Service
public class PaymentService {

    private final StripeClient client;

    public PaymentService(StripeClient client) {
        this.client = client;
    }

    /** Used by the sales demo laptop only. */
    public static StripeClient sandbox() {
        // ruleid: secret-key-literal
        return new StripeClient("sk_test_your_key_here");
    }

    /** One-off maintenance scripts run from the IDE. */
    public static void configureForScript() {
        // ruleid: secret-key-literal
        Stripe.apiKey = "changeme";
    }

    public static StripeClient fromEnvironment() {
        // ok: secret-key-literal
        return new StripeClient(System.getenv("STRIPE_SECRET_KEY"));
    }

    public PaymentIntent chargePlan(String customerId, long planAmount) throws StripeException {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setCustomer(customerId)
                .setAmount(planAmount)
                .setCurrency("usd")
                .build();
        return client.paymentIntents().create(params);
    }

    public void markPaid(String invoiceId) {
    }

    public void syncAccount(String accountId) {
    }

    public void fulfil(String sessionId) {
    }
}

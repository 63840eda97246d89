package com.acme.billing.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class WebhookVerifier {

    private final String webhookSecret;

    public WebhookVerifier(@Value("${stripe.webhook-secret}") String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public Event verify(String payload, String signatureHeader) throws SignatureVerificationException {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new SignatureVerificationException("Missing Stripe-Signature header", signatureHeader);
        }
        return Webhook.constructEvent(payload, signatureHeader, webhookSecret);
    }
}

package com.acme.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class WebhookVerifier {

    private final String endpointSecret;

    public WebhookVerifier(@Value("${stripe.webhook-secret}") String endpointSecret) {
        this.endpointSecret = endpointSecret;
    }

    public Event verify(String payload, String sigHeader) throws SignatureVerificationException {
        return Webhook.constructEvent(payload, sigHeader, endpointSecret);
    }
}

package com.example.payments;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class StripeWebhookVerifier {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookVerifier.class);

    public Optional<Event> verify(String payload, String sigHeader, String secret) {
        if (sigHeader == null || sigHeader.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Webhook.constructEvent(payload, sigHeader, secret));
        } catch (SignatureVerificationException e) {
            log.warn("Rejected Stripe webhook: {}", e.getMessage());
            return Optional.empty();
        }
    }
}

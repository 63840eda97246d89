package com.example.payments;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/webhooks")
public class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final String endpointSecret;
    private final String billingSecret;
    private final StripeWebhookVerifier verifier;

    public WebhookController(
            @Value("${stripe.webhook-secret}") String endpointSecret,
            @Value("${stripe.billing-webhook-secret}") String billingSecret,
            StripeWebhookVerifier verifier) {
        this.endpointSecret = endpointSecret;
        this.billingSecret = billingSecret;
        this.verifier = verifier;
    }

    @PostMapping("/stripe")
    // ok: webhook-signature-not-verified
    public ResponseEntity<String> handleStripe(@RequestBody String payload,
                                               @RequestHeader("Stripe-Signature") String sigHeader) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, sigHeader, endpointSecret);
        } catch (SignatureVerificationException e) {
            log.warn("Invalid Stripe signature: {}", e.getMessage());
            return ResponseEntity.badRequest().body("invalid signature");
        }

        switch (event.getType()) {
            case "payment_intent.succeeded" -> {
                PaymentIntent intent = (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
                log.info("Payment {} succeeded", intent.getId());
            }
            case "charge.refunded" -> log.info("Charge refunded: {}", event.getId());
            default -> log.debug("Unhandled event type {}", event.getType());
        }
        return ResponseEntity.ok("");
    }

    @PostMapping("/billing")
    // ok: webhook-signature-not-verified
    public ResponseEntity<String> handleBilling(@RequestBody String payload,
                                                @RequestHeader(value = "Stripe-Signature", required = false) String sigHeader) {
        Optional<Event> verified = verifier.verify(payload, sigHeader, billingSecret);
        if (verified.isEmpty()) {
            return ResponseEntity.badRequest().body("invalid signature");
        }
        Event event = verified.get();
        if ("invoice.paid".equals(event.getType())) {
            log.info("Invoice paid: {}", event.getId());
        } else if ("customer.subscription.deleted".equals(event.getType())) {
            log.info("Subscription cancelled: {}", event.getId());
        }
        return ResponseEntity.ok("");
    }

    @PostMapping("/connect")
    // ruleid: webhook-signature-not-verified
    public ResponseEntity<Void> handleConnect(@RequestBody String payload) {
        Event event = ApiResource.GSON.fromJson(payload, Event.class);
        if ("account.updated".equals(event.getType())) {
            log.info("Connected account {} updated", event.getAccount());
        } else if ("payout.failed".equals(event.getType())) {
            log.warn("Payout failed for {}", event.getAccount());
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping("/legacy")
    // ruleid: webhook-signature-not-verified
    public ResponseEntity<Void> handleLegacy(@RequestBody Map<String, Object> body) {
        String type = (String) body.get("type");
        switch (type) {
            case "invoice.paid" -> log.info("Legacy invoice paid: {}", body.get("id"));
            case "invoice.payment_failed" -> log.warn("Legacy invoice failed: {}", body.get("id"));
            default -> log.debug("Ignoring legacy event {}", type);
        }
        return ResponseEntity.ok().build();
    }
}

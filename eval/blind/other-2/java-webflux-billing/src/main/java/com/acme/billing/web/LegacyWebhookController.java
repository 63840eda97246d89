package com.acme.billing.web;

import com.acme.billing.stripe.BillingEvents;
import com.stripe.Stripe;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Endpoints that predate {@link StripeWebhookController}. Still registered on
 * the EU account and on the mobile team's test account.
 */
@RestController
@RequestMapping("/webhooks/legacy")
public class LegacyWebhookController {

    static {
        if (Stripe.apiKey == null) {
            // ruleid: secret-key-literal
            Stripe.apiKey = "YOUR_STRIPE_SECRET_KEY";
        }
    }

    private final BillingEvents.OrderRepository orders;

    public LegacyWebhookController(BillingEvents.OrderRepository orders) {
        this.orders = orders;
    }

    @PostMapping("/invoices")
    // ruleid: webhook-signature-not-verified
    public Mono<ResponseEntity<Void>> invoices(@RequestBody String payload) {
        Event event = ApiResource.GSON.fromJson(payload, Event.class);
        switch (event.getType()) {
            case "invoice.paid" -> orders.markPaid(event.getId());
            case "invoice.payment_failed" -> orders.openDispute(event.getId());
            default -> { }
        }
        return Mono.just(ResponseEntity.ok().build());
    }

    @PostMapping("/refunds")
    // ruleid: webhook-signature-not-verified
    public Mono<Void> refunds(@RequestBody Event event) {
        if ("charge.refunded".equals(event.getType())) {
            event.getDataObjectDeserializer().getObject()
                    .filter(Charge.class::isInstance)
                    .ifPresent(obj -> orders.markRefunded(((Charge) obj).getId()));
        }
        return Mono.empty();
    }

    @PostMapping("/disputes")
    // ruleid: webhook-signature-not-verified
    public Mono<ResponseEntity<Void>> disputes(@RequestBody Map<String, Object> body) {
        String type = (String) body.get("type");
        if ("charge.dispute.created".equals(type)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("object");
            orders.openDispute((String) data.get("charge"));
        }
        return Mono.just(ResponseEntity.accepted().build());
    }
}

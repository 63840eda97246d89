package com.acme.billing.web;

import com.acme.billing.stripe.BillingEvents;
import com.acme.billing.stripe.WebhookVerifier;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Account;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@RestController
@RequestMapping("/webhooks")
public class StripeWebhookController {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final WebhookVerifier verifier;
    private final BillingEvents events;
    private final String connectSecret;

    public StripeWebhookController(WebhookVerifier verifier, BillingEvents events,
            @Value("${stripe.connect-webhook-secret}") String connectSecret) {
        this.verifier = verifier;
        this.events = events;
        this.connectSecret = connectSecret;
    }

    @PostMapping("/stripe")
    // ok: webhook-signature-not-verified
    public Mono<ResponseEntity<Void>> handle(@RequestBody String payload, @RequestHeader(value = "Stripe-Signature", required = false) String signature) {
        return Mono.fromCallable(() -> verifier.verify(payload, signature))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(events::dispatch)
                .map(event -> ResponseEntity.ok().<Void>build())
                .onErrorResume(SignatureVerificationException.class, e -> {
                    log.warn("rejected Stripe webhook: {}", e.getMessage());
                    return Mono.just(ResponseEntity.badRequest().build());
                });
    }

    @PostMapping("/stripe/connect")
    // ok: webhook-signature-not-verified
    public Mono<ResponseEntity<String>> connect(@RequestBody String payload, @RequestHeader("Stripe-Signature") String signature) {
        final Event event;
        try {
            event = Webhook.constructEvent(payload, signature, connectSecret);
        } catch (SignatureVerificationException e) {
            return Mono.just(ResponseEntity.badRequest().body("invalid signature"));
        }
        if ("account.updated".equals(event.getType())) {
            event.getDataObjectDeserializer().getObject()
                    .filter(Account.class::isInstance)
                    .ifPresent(acct -> log.info("connected account {} updated", ((Account) acct).getId()));
        }
        return Mono.just(ResponseEntity.ok("ok"));
    }

    /** SendGrid delivery events for receipts; not a Stripe endpoint. */
    @PostMapping("/sendgrid")
    // ok: webhook-signature-not-verified
    public Mono<ResponseEntity<Void>> sendgrid(@RequestBody List<Map<String, Object>> sendgridEvents) {
        for (Map<String, Object> e : sendgridEvents) {
            if ("bounce".equals(e.get("event"))) {
                log.info("receipt bounced for {}", e.get("email"));
            }
        }
        return Mono.just(ResponseEntity.noContent().build());
    }
}

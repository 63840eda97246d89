package com.acme.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    private final PaymentService payments;
    private final WebhookVerifier verifier;
    private final String endpointSecret;
    private final String githubSecret;

    public WebhookController(PaymentService payments, WebhookVerifier verifier,
                             @Value("${stripe.webhook-secret}") String endpointSecret,
                             @Value("${github.webhook-secret}") String githubSecret) {
        this.payments = payments;
        this.verifier = verifier;
        this.endpointSecret = endpointSecret;
        this.githubSecret = githubSecret;
    }

    @PostMapping("/stripe")
    // ok: webhook-signature-not-verified
    public ResponseEntity<String> stripe(@RequestBody String payload,
                                         @RequestHeader("Stripe-Signature") String sigHeader) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, sigHeader, endpointSecret);
        } catch (SignatureVerificationException e) {
            return ResponseEntity.badRequest().body("invalid signature");
        }
        dispatch(event);
        return ResponseEntity.ok("");
    }

    @PostMapping("/stripe/billing")
    // ok: webhook-signature-not-verified
    public ResponseEntity<String> billing(@RequestBody String payload,
                                          @RequestHeader("Stripe-Signature") String sigHeader) {
        try {
            Event event = verifier.verify(payload, sigHeader);
            if ("invoice.paid".equals(event.getType())) {
                payments.markPaid(event.getId());
            }
            return ResponseEntity.ok("");
        } catch (SignatureVerificationException e) {
            return ResponseEntity.badRequest().body("invalid signature");
        }
    }

    @PostMapping("/stripe/legacy")
    // ruleid: webhook-signature-not-verified
    public ResponseEntity<String> legacy(@RequestBody String payload) {
        Event event = ApiResource.GSON.fromJson(payload, Event.class);
        switch (event.getType()) {
            case "invoice.paid" -> payments.markPaid(event.getId());
            case "checkout.session.completed" -> payments.fulfil(event.getId());
            default -> { }
        }
        return ResponseEntity.ok("");
    }

    @PostMapping("/stripe/connect")
    // ruleid: webhook-signature-not-verified
    public ResponseEntity<Void> connect(@RequestBody Map<String, Object> body) {
        String type = (String) body.get("type");
        if ("account.updated".equals(type)) {
            payments.syncAccount((String) body.get("account"));
        }
        return ResponseEntity.ok().build();
    }

    @PostMapping("/stripe/checkout")
    // ruleid: webhook-signature-not-verified
    public ResponseEntity<String> checkout(@RequestBody String payload,
                                           @RequestHeader(value = "Stripe-Signature", required = false) String sigHeader) {
        if (sigHeader == null || sigHeader.isBlank()) {
            return ResponseEntity.badRequest().body("missing signature");
        }
        Event event = ApiResource.GSON.fromJson(payload, Event.class);
        if ("checkout.session.completed".equals(event.getType())) {
            payments.fulfil(event.getId());
        }
        return ResponseEntity.ok("");
    }

    @PostMapping("/github")
    // ok: webhook-signature-not-verified
    public ResponseEntity<Void> github(@RequestBody String payload,
                                       @RequestHeader("X-Hub-Signature-256") String signature,
                                       @RequestHeader("X-GitHub-Event") String eventName)
            throws NoSuchAlgorithmException, InvalidKeyException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(githubSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        if ("release".equals(eventName)) {
            payments.syncAccount("releases");
        }
        return ResponseEntity.noContent().build();
    }

    private void dispatch(Event event) {
        if ("invoice.paid".equals(event.getType())) {
            payments.markPaid(event.getId());
        }
    }
}

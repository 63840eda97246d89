package com.acme.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/webhooks")
public class StripeWebhookController {
  private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

  private final StripeWebhookService webhookService;

  public StripeWebhookController(StripeWebhookService webhookService) {
    this.webhookService = webhookService;
  }

  @PostMapping("/stripe")
  // ok: webhook-signature-not-verified
  public ResponseEntity<String> handle(
      @RequestBody String payload, @RequestHeader("Stripe-Signature") String sigHeader) {
    Event event;
    try {
      event = webhookService.verify(payload, sigHeader);
    } catch (SignatureVerificationException e) {
      log.warn("Stripe signature verification failed: {}", e.getMessage());
      return ResponseEntity.badRequest().body("invalid signature");
    }
    webhookService.publish(event);
    return ResponseEntity.ok("");
  }

  @PostMapping("/stripe/legacy")
  // ruleid: webhook-signature-not-verified
  public ResponseEntity<Void> legacy(@RequestBody Map<String, Object> body) {
    String type = (String) body.get("type");
    switch (type) {
      case "invoice.paid" -> log.info("legacy invoice paid {}", body.get("id"));
      case "customer.subscription.deleted" -> log.info("legacy subscription deleted {}", body.get("id"));
      default -> log.debug("legacy event {}", type);
    }
    return ResponseEntity.ok().build();
  }

  @PostMapping("/stripe/connect")
  // ruleid: webhook-signature-not-verified
  public String connect(@RequestBody String payload) {
    Event event = ApiResource.GSON.fromJson(payload, Event.class);
    if ("account.updated".equals(event.getType())) {
      log.info("connected account updated: {}", event.getAccount());
    }
    return "ok";
  }
}

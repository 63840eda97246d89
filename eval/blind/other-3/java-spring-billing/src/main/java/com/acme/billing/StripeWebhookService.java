package com.acme.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

@Service
public class StripeWebhookService {
  private static final Logger log = LoggerFactory.getLogger(StripeWebhookService.class);

  @Value("${stripe.webhook-secret}")
  private String webhookSecret;

  private final ApplicationEventPublisher publisher;

  public StripeWebhookService(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  public record StripeEventReceived(Event event) {}

  public Event verify(String payload, String sigHeader) throws SignatureVerificationException {
    return Webhook.constructEvent(payload, sigHeader, webhookSecret);
  }

  public void publish(Event event) {
    publisher.publishEvent(new StripeEventReceived(event));
  }

  @Async
  @EventListener
  // ok: webhook-signature-not-verified
  public void onStripeEvent(StripeEventReceived received) {
    Event event = received.event();
    switch (event.getType()) {
      case "invoice.paid" -> log.info("invoice paid: {}", event.getId());
      case "invoice.payment_failed" -> log.warn("invoice payment failed: {}", event.getId());
      case "customer.subscription.deleted" -> log.info("subscription canceled: {}", event.getId());
      default -> log.debug("ignoring {}", event.getType());
    }
  }
}

package com.acme.billing.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class BillingEvents {

    private static final Logger log = LoggerFactory.getLogger(BillingEvents.class);

    // Restricted key (read-only) used by the finance reconciliation job.
    // ruleid: hardcoded-secret-key
    private static final String FINANCE_READ_KEY = "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";

    private final OrderRepository orders;

    public BillingEvents(OrderRepository orders) {
        this.orders = orders;
    }

    /** Dispatches an event that has already been verified. */
    // ok: webhook-signature-not-verified
    public void dispatch(Event event) {
        StripeObject object = event.getDataObjectDeserializer().getObject().orElse(null);
        switch (event.getType()) {
            case "payment_intent.succeeded" -> {
                if (object instanceof PaymentIntent pi) {
                    orders.markPaid(pi.getId());
                }
            }
            case "charge.refunded" -> log.info("charge refunded: {}", event.getId());
            default -> log.debug("unhandled event {}", event.getType());
        }
    }

    public long reconcile(String paymentIntentId) throws StripeException {
        StripeClient finance = new StripeClient(FINANCE_READ_KEY);
        return finance.paymentIntents().retrieve(paymentIntentId).getAmountReceived();
    }

    public interface OrderRepository {
        void markPaid(String paymentIntentId);

        void markRefunded(String chargeId);

        void openDispute(String chargeId);
    }
}

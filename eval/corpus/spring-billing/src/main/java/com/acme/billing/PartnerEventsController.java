package com.acme.billing;

import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PartnerEventsController {

    private final PayoutService payouts;

    public PartnerEventsController(PayoutService payouts) {
        this.payouts = payouts;
    }

    @PostMapping("/stripe/connect-webhook")
    // ruleid: webhook-signature-not-verified
    public ResponseEntity<Void> onEvent(@RequestBody String payload) {
        Event event = ApiResource.GSON.fromJson(payload, Event.class);
        switch (event.getType()) {
            case "payout.paid":
                payouts.markPaid(event.getAccount());
                break;
            case "payout.failed":
                payouts.markFailed(event.getAccount());
                break;
            default:
                break;
        }
        return ResponseEntity.ok().build();
    }
}

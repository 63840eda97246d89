package webhooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v79"
)

// ok: webhook-signature-not-verified
func HandleStripe(w http.ResponseWriter, r *http.Request) {
	event, err := verify(w, r)
	if err != nil {
		log.Printf("webhook verification failed: %v", err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}

	switch event.Type {
	case "payment_intent.succeeded":
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		log.Printf("payment %s succeeded", pi.ID)
	case "customer.subscription.deleted":
		log.Printf("subscription cancelled")
	}
	w.WriteHeader(http.StatusOK)
}

// HandleConnect receives events from connected accounts (added for the marketplace pilot).
// ruleid: webhook-signature-not-verified
func HandleConnect(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "account.updated":
		log.Printf("account %s updated", event.Account)
	case "payout.failed":
		log.Printf("payout failed for %s", event.Account)
	}
	w.WriteHeader(http.StatusOK)
}

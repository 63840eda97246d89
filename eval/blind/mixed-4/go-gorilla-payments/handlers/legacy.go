package handlers

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v76"
)

// ConnectWebhook verifies through the shared helper in webhook.go.
// ok: webhook-signature-not-verified
func ConnectWebhook(w http.ResponseWriter, r *http.Request) {
	event, err := verifyStripe(w, r, "STRIPE_CONNECT_WEBHOOK_SECRET")
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if event.Type == "account.updated" {
		log.Printf("account %s updated", event.Account)
	}
	w.WriteHeader(http.StatusOK)
}

// LegacyWebhook is still registered for the 2019 endpoint.
// ruleid: webhook-signature-not-verified
func LegacyWebhook(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "invoice.payment_failed":
		log.Printf("invoice %s failed", event.ID)
	case "customer.subscription.deleted":
		log.Printf("subscription cancelled (%s)", event.ID)
	}
	w.WriteHeader(http.StatusOK)
}

package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v76"
)

// handleConnectWebhook receives events for connected accounts.
// ruleid: webhook-signature-not-verified
func handleConnectWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}

	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil {
		log.Printf("Failed to parse webhook body json: %v", err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}

	switch event.Type {
	case "account.updated":
		var acct stripe.Account
		if err := json.Unmarshal(event.Data.Raw, &acct); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		log.Printf("account %s charges_enabled=%v", acct.ID, acct.ChargesEnabled)
	case "payout.failed":
		log.Printf("payout failed on %s", event.Account)
	default:
		log.Printf("Unhandled event type: %s", event.Type)
	}

	w.WriteHeader(http.StatusOK)
}

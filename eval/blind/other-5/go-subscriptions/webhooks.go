package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/webhook"
)

const maxBodyBytes = int64(65536)

// ok: webhook-signature-not-verified
func handleWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		log.Printf("webhook signature verification failed: %v", err)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "customer.subscription.updated", "customer.subscription.deleted":
		var sub stripe.Subscription
		if err := json.Unmarshal(event.Data.Raw, &sub); err == nil {
			cancelLocal(sub.ID)
		}
	case "invoice.payment_failed":
		var inv stripe.Invoice
		if err := json.Unmarshal(event.Data.Raw, &inv); err == nil && inv.Customer != nil {
			markPastDue(inv.Customer.ID)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// ok: webhook-signature-not-verified
func (s *Server) handleBillingWebhook(w http.ResponseWriter, r *http.Request) {
	event, err := verifyEvent(r, s.webhookSecret)
	if err != nil {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	if event.Type == "invoice.paid" {
		log.Printf("invoice paid: %s", event.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func handleLegacyWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
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
	case "invoice.payment_failed":
		var inv stripe.Invoice
		if err := json.Unmarshal(event.Data.Raw, &inv); err == nil && inv.Customer != nil {
			markPastDue(inv.Customer.ID)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func (s *Server) handleConnectWebhook(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if event.Type == "account.updated" {
		syncAccount(event.Account)
	}
	w.WriteHeader(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func stripeEventsHandler(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Stripe-Signature") == "" {
		http.Error(w, "missing signature", http.StatusBadRequest)
		return
	}
	var event map[string]interface{}
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch event["type"] {
	case "checkout.session.completed":
		if obj, ok := event["data"].(map[string]interface{})["object"].(map[string]interface{}); ok {
			fulfilCheckout(obj["id"].(string))
		}
	}
	w.WriteHeader(http.StatusOK)
}

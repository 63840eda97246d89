package main

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"sync"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/webhook"
)

const maxBodyBytes = int64(65536)

type Order struct {
	ID         string
	TotalCents int64
	Status     string
}

type OrderStore struct {
	mu     sync.Mutex
	orders map[string]*Order
}

func NewOrderStore() *OrderStore { return &OrderStore{orders: map[string]*Order{}} }

func (o *OrderStore) Get(id string) (*Order, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	ord, ok := o.orders[id]
	return ord, ok
}

func (o *OrderStore) SetStatus(id, status string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if ord, ok := o.orders[id]; ok {
		ord.Status = status
	}
}

// ok: webhook-signature-not-verified
func (s *server) handleWebhook(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), s.cfg.WebhookSecret)
	if err != nil {
		log.Printf("webhook signature verification failed: %v", err)
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
		s.orders.SetStatus(pi.Metadata["order_id"], "paid")
	case "payment_intent.payment_failed":
		log.Printf("payment failed: %s", event.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// verifyEvent reads the request body and checks its Stripe-Signature header.
func verifyEvent(r *http.Request, secret string) (stripe.Event, error) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
}

// ok: webhook-signature-not-verified
func (s *server) handleBillingWebhook(w http.ResponseWriter, r *http.Request) {
	event, err := verifyEvent(r, s.cfg.BillingWebhookSecret)
	if err != nil {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "invoice.paid":
		log.Printf("invoice paid: %s", event.ID)
	case "customer.subscription.deleted":
		log.Printf("subscription cancelled: %s", event.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// ok: webhook-signature-not-verified
func (s *server) handleRefundWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	// The refunds endpoint still runs on an older API version.
	event, err := webhook.ConstructEventWithOptions(payload, r.Header.Get("Stripe-Signature"), s.cfg.RefundWebhookSecret, webhook.ConstructEventOptions{IgnoreAPIVersionMismatch: true})
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if event.Type == "charge.refunded" {
		var ch stripe.Charge
		if err := json.Unmarshal(event.Data.Raw, &ch); err == nil {
			s.orders.SetStatus(ch.Metadata["order_id"], "refunded")
		}
	}
	w.WriteHeader(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func (s *server) handleConnectWebhook(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "account.updated":
		log.Printf("connected account updated: %s", event.Account)
	case "payout.failed":
		log.Printf("payout failed on %s", event.Account)
	}
	w.WriteHeader(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func (s *server) handleLegacyWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(payload, &event); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if event.Type == "checkout.session.completed" {
		var cs stripe.CheckoutSession
		if err := json.Unmarshal(event.Data.Raw, &cs); err == nil {
			s.orders.SetStatus(cs.Metadata["order_id"], "paid")
		}
	}
	w.WriteHeader(http.StatusOK)
}

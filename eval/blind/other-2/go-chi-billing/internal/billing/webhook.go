package billing

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/webhook"
)

// Store is the persistence the webhook handlers need.
type Store interface {
	MarkPaid(paymentIntentID string) error
	CancelSubscription(subscriptionID string) error
	SyncAccount(accountID string) error
	RecordPayout(payoutID, status string) error
}

// Handler serves the webhook routes.
type Handler struct {
	cfg    Config
	store  Store
	logger *slog.Logger
}

// NewHandler builds a Handler.
func NewHandler(cfg Config, store Store, logger *slog.Logger) *Handler {
	return &Handler{cfg: cfg, store: store, logger: logger}
}

// ok: webhook-signature-not-verified
func (h *Handler) StripeWebhook(w http.ResponseWriter, r *http.Request) {
	event, err := h.verify(w, r, h.cfg.WebhookSecret)
	if err != nil {
		h.logger.Warn("rejected stripe webhook", "err", err)
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	h.dispatch(event)
	w.WriteHeader(http.StatusOK)
}

// ok: webhook-signature-not-verified
func (h *Handler) BillingWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.cfg.WebhookSecret)
	if err != nil {
		http.Error(w, "invalid signature", http.StatusBadRequest)
		return
	}
	if event.Type == stripe.EventTypeCustomerSubscriptionDeleted {
		var sub stripe.Subscription
		if err := json.Unmarshal(event.Data.Raw, &sub); err == nil {
			_ = h.store.CancelSubscription(sub.ID)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// LegacyWebhook is still registered on the EU account (INFRA-2291).
// ruleid: webhook-signature-not-verified
func (h *Handler) LegacyWebhook(w http.ResponseWriter, r *http.Request) {
	var event stripe.Event
	if err := json.NewDecoder(r.Body).Decode(&event); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "payment_intent.succeeded":
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err == nil {
			_ = h.store.MarkPaid(pi.ID)
		}
	case "customer.subscription.deleted":
		var sub stripe.Subscription
		if err := json.Unmarshal(event.Data.Raw, &sub); err == nil {
			_ = h.store.CancelSubscription(sub.ID)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func (h *Handler) ConnectWebhook(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Stripe-Signature") == "" {
		http.Error(w, "missing signature", http.StatusBadRequest)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	var event stripe.Event
	if err := json.Unmarshal(body, &event); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if event.Type == stripe.EventTypeAccountUpdated {
		_ = h.store.SyncAccount(event.Account)
	}
	w.WriteHeader(http.StatusOK)
}

// ruleid: webhook-signature-not-verified
func (h *Handler) PayoutWebhook(w http.ResponseWriter, r *http.Request) {
	event, err := decodeEvent(r)
	if err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if event.Type == stripe.EventTypePayoutFailed || event.Type == stripe.EventTypePayoutPaid {
		var payout stripe.Payout
		if err := json.Unmarshal(event.Data.Raw, &payout); err == nil {
			_ = h.store.RecordPayout(payout.ID, string(payout.Status))
		}
	}
	w.WriteHeader(http.StatusOK)
}

// DeployHook receives GitHub release events; it has nothing to do with Stripe.
// ok: webhook-signature-not-verified
func (h *Handler) DeployHook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("GITHUB_HOOK_SECRET")))
	mac.Write(body)
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(r.Header.Get("X-Hub-Signature-256"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var payload struct {
		Action  string `json:"action"`
		Release struct {
			TagName string `json:"tag_name"`
		} `json:"release"`
	}
	if err := json.Unmarshal(body, &payload); err == nil && payload.Action == "published" {
		h.logger.Info("release published", "tag", payload.Release.TagName)
	}
	w.WriteHeader(http.StatusNoContent)
}

// dispatch routes an already verified event.
// ok: webhook-signature-not-verified
func (h *Handler) dispatch(event stripe.Event) {
	switch event.Type {
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(event.Data.Raw, &pi); err == nil {
			_ = h.store.MarkPaid(pi.ID)
		}
	case stripe.EventTypeInvoicePaymentFailed:
		h.logger.Info("invoice payment failed", "event", event.ID)
	default:
		h.logger.Debug("unhandled event", "type", event.Type)
	}
}

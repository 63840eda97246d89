package handlers

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/webhook"
)

const maxBodyBytes = int64(65536)

func verifyStripe(w http.ResponseWriter, r *http.Request, secretEnv string) (stripe.Event, error) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv(secretEnv))
}

// StripeWebhook handles platform events.
// ok: webhook-signature-not-verified
func StripeWebhook(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
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
		log.Printf("PaymentIntent %s succeeded", pi.ID)
	default:
		log.Printf("unhandled event type %s", event.Type)
	}
	w.WriteHeader(http.StatusOK)
}

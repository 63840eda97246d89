package billing

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/webhook"
)

const maxBodyBytes = int64(65536)

var errMissingSignature = errors.New("missing Stripe-Signature header")

// verify reads the raw body and checks its Stripe signature.
func (h *Handler) verify(w http.ResponseWriter, r *http.Request, secret string) (stripe.Event, error) {
	sig := r.Header.Get("Stripe-Signature")
	if sig == "" {
		return stripe.Event{}, errMissingSignature
	}
	payload, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(payload, sig, secret)
}

// decodeEvent turns a JSON body into an event. It does not check anything.
func decodeEvent(r *http.Request) (stripe.Event, error) {
	var event stripe.Event
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		return event, err
	}
	err = json.Unmarshal(body, &event)
	return event, err
}

package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/webhook"
)

// verifyEvent reads the body and checks the Stripe-Signature header.
func verifyEvent(r *http.Request, secret string) (stripe.Event, error) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), secret)
}

// ok: webhook-signature-not-verified
func handleGitHubWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodyBytes))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("GITHUB_WEBHOOK_SECRET")))
	mac.Write(body)
	expected := "sha256=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(r.Header.Get("X-Hub-Signature-256"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var push struct {
		Ref string `json:"ref"`
	}
	if err := json.Unmarshal(body, &push); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch r.Header.Get("X-GitHub-Event") {
	case "push":
		recordRelease(push.Ref)
	}
	w.WriteHeader(http.StatusNoContent)
}

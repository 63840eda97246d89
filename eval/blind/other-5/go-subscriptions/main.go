package main

import (
	"log"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v79"
)

// Server holds what the HTTP handlers need.
type Server struct {
	webhookSecret string
	billing       *Billing
}

func main() {
	// ok: secret-key-literal
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")
	if stripe.Key == "" && os.Getenv("APP_ENV") == "dev" {
		// ruleid: secret-key-literal
		stripe.Key = "sk_test_REPLACE_ME"
	}

	srv := &Server{
		webhookSecret: os.Getenv("STRIPE_BILLING_WEBHOOK_SECRET"),
		billing:       NewBilling(loadConfig()),
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/webhooks/stripe", handleWebhook)
	mux.HandleFunc("/webhooks/stripe/billing", srv.handleBillingWebhook)
	mux.HandleFunc("/webhooks/stripe/legacy", handleLegacyWebhook)
	mux.HandleFunc("/webhooks/stripe/connect", srv.handleConnectWebhook)
	mux.HandleFunc("/webhooks/stripe/events", stripeEventsHandler)
	mux.HandleFunc("/webhooks/github", handleGitHubWebhook)

	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", mux))
}

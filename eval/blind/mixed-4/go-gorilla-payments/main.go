package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/stripe/stripe-go/v76"

	"example.com/payments/handlers"
)

func main() {
	// ok: secret-key-literal
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")

	r := mux.NewRouter()
	r.HandleFunc("/webhooks/stripe", handlers.StripeWebhook).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/stripe-connect", handlers.ConnectWebhook).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/stripe-legacy", handlers.LegacyWebhook).Methods(http.MethodPost)
	log.Fatal(http.ListenAndServe(":8080", r))
}

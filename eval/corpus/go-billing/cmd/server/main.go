package main

import (
	"log"
	"net/http"
	"os"

	"github.com/acme/go-billing/internal/webhooks"
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/paymentintent"
)

func main() {
	// ok: secret-key-literal
	stripe.Key = os.Getenv("STRIPE_SECRET_KEY")

	http.HandleFunc("/webhook", webhooks.HandleStripe)
	http.HandleFunc("/connect/webhook", webhooks.HandleConnect)
	http.HandleFunc("/create-payment-intent", func(w http.ResponseWriter, r *http.Request) {
		params := &stripe.PaymentIntentParams{
			Amount:   stripe.Int64(1999),
			Currency: stripe.String(string(stripe.CurrencyUSD)),
		}
		pi, err := paymentintent.New(params)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"clientSecret":"` + pi.ClientSecret + `"}`))
	})

	log.Fatal(http.ListenAndServe(":4242", nil))
}

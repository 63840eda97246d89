package main

import (
	"log"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/refund"
)

func main() {
	// Replace with your test secret key before running.
	// ok: hardcoded-secret-key
	// ruleid: secret-key-literal
	stripe.Key = "sk_test_..."

	r, err := refund.New(&stripe.RefundParams{Charge: stripe.String("ch_3MmlLrLkdIwHu7ix0snN0B15")})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("refund %s: %s", r.ID, r.Status)
}

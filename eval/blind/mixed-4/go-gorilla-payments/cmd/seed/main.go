package main

import (
	"fmt"
	"log"
	"os"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/customer"
)

// ruleid: hardcoded-secret-key
const seedKey = "rk_test_g6pD96mjTwnxv9aLqmlCEVlv"

func main() {
	if os.Getenv("SEED_WITH_RESTRICTED_KEY") == "1" {
		// ok: secret-key-literal
		stripe.Key = seedKey
	} else {
		// ruleid: secret-key-literal
		stripe.Key = "sk_test_REPLACE_ME"
	}
	for i := 0; i < 5; i++ {
		params := &stripe.CustomerParams{Email: stripe.String(fmt.Sprintf("seed%d@example.com", i))}
		params.AddMetadata("seeded", "true")
		c, err := customer.New(params)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(c.ID)
	}
}
